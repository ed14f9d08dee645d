(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  if (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && !field.value) { field.disabled = true; }
      });
    });
    window.addEventListener("pageshow", function () {
      Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    button.hidden = false;
    button.addEventListener("click", function () {
      if (button.hasAttribute("data-share") && navigator.share) {
        navigator.share({ url: field.value }).catch(function () { return null; });
        return;
      }
      field.select();
      var done = function () { button.textContent = button.getAttribute("data-done"); };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
})();
