// Development only: `overstap serve` adds this script to pages so they reload after a rebuild.
(function () {
  "use strict";
  // The build this page came from; a page without it learns the current one on its first check.
  var served = document.querySelector('meta[name="overstap-build"]');
  var known = served ? served.getAttribute("content") : null;
  function check() {
    fetch("/__overstap/version", { cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (version) {
        if (known !== null && version !== known) {
          window.location.reload();
        }
        known = version;
      })
      .catch(function () { /* the server restarts or stops: try again later */ })
      .then(function () { window.setTimeout(check, 1000); });
  }
  check();
}());
