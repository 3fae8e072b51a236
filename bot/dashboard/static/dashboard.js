// The dashboard's few interactions, in plain JavaScript (no library, no build step):
// - parts of a page marked data-live refresh themselves while data-running="1" (a
//   broadcast's progress), by fetching the page again with ?_part=NAME;
// - filter forms (data-filter) refresh the part they name as the organizer types or chooses,
//   and keep the address bar in step so a reload or a shared link shows the same list;
// - a button with data-confirm asks before its form is sent.
(function () {
  "use strict";

  function partUrl(name, base) {
    var url = new URL(base || window.location.href);
    url.searchParams.set("_part", name);
    return url;
  }

  var latest = {}; // per part: the number of the newest request, so a late answer is dropped

  function refresh(name, url) {
    var ticket = (latest[name] || 0) + 1;
    latest[name] = ticket;
    return fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (response.status === 403) {
          window.location.reload();
          return null;
        }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        var region = document.querySelector('[data-live="' + name + '"]');
        if (html === null || latest[name] !== ticket || !region) {
          return null;
        }
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("[data-live]");
        if (fresh) {
          region.replaceWith(fresh);
          watch(fresh);
        }
        return fresh;
      })
      .catch(function () {
        return null;
      });
  }

  function watch(region) {
    if (region.getAttribute("data-running") !== "1") {
      return;
    }
    var seconds = parseFloat(region.getAttribute("data-seconds")) || 2;
    window.setTimeout(function () {
      if (!document.body.contains(region)) {
        return;
      }
      var name = region.getAttribute("data-live");
      refresh(name, partUrl(name)).then(function (fresh) {
        if (fresh === null && document.body.contains(region)) {
          watch(region); // a failed fetch: try again later
        }
      });
    }, seconds * 1000);
  }

  function filterForm(form) {
    var timer = null;
    var name = form.getAttribute("data-filter");
    function apply() {
      var url = new URL(form.action, window.location.href);
      url.search = new URLSearchParams(new FormData(form)).toString();
      window.history.replaceState(null, "", url);
      if (document.querySelector('[data-live="' + name + '"]')) {
        refresh(name, partUrl(name, url));
      } else {
        window.location.assign(url);
      }
    }
    form.addEventListener("input", function (event) {
      if (event.target.tagName === "SELECT") {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 300);
    });
    form.addEventListener("change", function () {
      window.clearTimeout(timer);
      apply();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply();
    });
  }

  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var question = button && button.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.querySelectorAll("[data-live]").forEach(watch);
  document.querySelectorAll("form[data-filter]").forEach(filterForm);
})();
