// Remember which part of the lesson the learner reached, so "Pause" saves
// the place and "Continue" returns to it. Works without this script too:
// the lesson itself is then saved.
(function () {
  var field = document.querySelector("[data-position]");
  var blocks = document.querySelectorAll("[data-block]");
  if (!field || !blocks.length || !("IntersectionObserver" in window)) return;
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) field.value = entry.target.id;
    });
  }, { rootMargin: "0px 0px -60% 0px" });
  blocks.forEach(function (block) { observer.observe(block); });
})();
