// Small map of an event page: one marker at the event's place. Without tiles (offline) the marker
// still shows on a plain background.
(function () {
  'use strict';
  var element = document.getElementById('carte-evenement');
  if (!element || !window.L) { return; }
  var lat = Number(element.dataset.lat);
  var lon = Number(element.dataset.lon);
  if (!isFinite(lat) || !isFinite(lon)) { return; }
  var map = L.map(element, { scrollWheelZoom: false }).setView([lat, lon], 14);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 18 }).addTo(map);
  }
  L.marker([lat, lon], { title: element.dataset.title, alt: element.dataset.title }).addTo(map);
})();
