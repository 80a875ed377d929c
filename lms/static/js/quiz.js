// Autosave each answer as the learner changes it, and show the time left.
// Without this script the page still works: "Save" and "Submit" post the form.
(function () {
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var url = form.dataset.autosave;
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var timers = {};

  function save(fieldset) {
    var position = fieldset.dataset.question;
    var status = fieldset.querySelector("[data-status]");
    var data = new FormData();
    data.append("csrfmiddlewaretoken", csrf);
    data.append("position", position);
    fieldset.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name) return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      data.append(el.name, el.value);
    });
    if (status) status.textContent = status.dataset.saving || "Saving…";
    fetch(url, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (result) {
        if (!status) return;
        status.textContent = result.ok ? "Saved" : result.body.message || "Not saved";
      })
      .catch(function () {
        if (status) status.textContent = "Not saved yet: you seem to be offline. Your answer will be sent when you press Save or Submit.";
      });
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("[data-question]");
    if (fieldset) save(fieldset);
  });
  form.addEventListener("input", function (event) {
    var fieldset = event.target.closest("[data-question]");
    if (!fieldset || event.target.tagName === "SELECT") return;
    clearTimeout(timers[fieldset.dataset.question]);
    timers[fieldset.dataset.question] = setTimeout(function () { save(fieldset); }, 1200);
  });

  // Before submitting, say how many questions have no answer yet.
  var submit = form.querySelector("[data-submit]");
  if (submit) {
    submit.addEventListener("click", function (event) {
      var empty = 0;
      form.querySelectorAll("[data-question]").forEach(function (fieldset) {
        var answered = Array.prototype.some.call(fieldset.querySelectorAll("input, select, textarea"), function (el) {
          if (el.type === "hidden") return false;
          if (el.type === "radio" || el.type === "checkbox") return el.checked;
          return el.value.trim() !== "";
        });
        if (!answered) empty += 1;
      });
      if (empty && !window.confirm(submit.dataset.confirm.replace("%s", empty))) event.preventDefault();
    });
  }

  var timer = document.querySelector("[data-deadline]");
  if (timer) {
    var deadline = new Date(timer.dataset.deadline).getTime();
    var out = timer.querySelector("[data-countdown]");
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60), seconds = left % 60;
      out.textContent = " (" + minutes + ":" + (seconds < 10 ? "0" : "") + seconds + " left)";
      if (left > 0) setTimeout(tick, 1000);
    };
    tick();
  }
})();
