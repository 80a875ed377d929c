// Shows, on every admin page, that the demo relaxes the second factor.
(function () {
  var script = document.currentScript;
  document.addEventListener("DOMContentLoaded", function () {
    var banner = document.createElement("p");
    banner.setAttribute("role", "note");
    banner.className = "vso-demo-banner";
    banner.textContent = script.dataset.message;
    banner.style.cssText = "margin:0;padding:.5rem 1rem;background:#fff4ce;color:#3b2e00;font-weight:600;text-align:center";
    document.body.prepend(banner);
  });
})();
