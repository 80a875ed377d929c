// Show only the districts of the chosen province. Without JavaScript the
// list is grouped by province and the server checks the pair.
(function () {
  var province = document.getElementById("id_province");
  var district = document.getElementById("id_district");
  if (!province || !district) return;
  var groups = Array.prototype.slice.call(district.querySelectorAll("optgroup"));
  function filter() {
    var chosen = province.options[province.selectedIndex];
    var name = chosen && chosen.value ? chosen.text : null;
    groups.forEach(function (group) {
      var match = !name || group.label === name;
      group.hidden = !match;
      group.disabled = !match;
    });
    var selected = district.options[district.selectedIndex];
    if (selected && selected.parentElement.tagName === "OPTGROUP" && selected.parentElement.disabled) {
      district.value = "";
    }
  }
  province.addEventListener("change", filter);
  filter();
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
