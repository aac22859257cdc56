// The page of a background export: while it runs, asks every two seconds how far it has got and reloads the page
// once it is done or has failed, so the download link appears without the user refreshing. Without script the page
// offers a refresh link instead.
(function () {
  'use strict';
  const region = document.getElementById('export-job');
  if (!region || !region.querySelector('progress')) {
    return;
  }
  const url = region.dataset.statusUrl;
  const poll = () => {
    fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((status) => {
        if (status.state === 'running') {
          window.setTimeout(poll, 2000);
        } else {
          window.location.reload();
        }
      })
      .catch(() => window.setTimeout(poll, 10000));
  };
  window.setTimeout(poll, 2000);
})();
