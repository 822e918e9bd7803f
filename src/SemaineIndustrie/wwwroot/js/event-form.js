// The place's pin on the event form: it starts at the saved (or found) position, or over France,
// and the organiser drags it (or clicks the map) to the exact spot; the latitude and longitude fields
// follow, and typing in them moves the pin. Without JavaScript the two fields are the whole control.
(function () {
  'use strict';
  var element = document.getElementById('carte-lieu');
  var latInput = document.getElementById('Input_Latitude');
  var lonInput = document.getElementById('Input_Longitude');
  if (!element || !latInput || !lonInput || !window.L) { return; }
  var lat = parseFloat(latInput.value);
  var lon = parseFloat(lonInput.value);
  var placed = isFinite(lat) && isFinite(lon);
  var map = L.map(element, { scrollWheelZoom: false }).setView(placed ? [lat, lon] : [46.6, 2.4], placed ? 15 : 5);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
  }
  var marker = null;
  function place(latlng) {
    if (!marker) {
      marker = L.marker(latlng, { draggable: true, title: 'Lieu de l’événement', alt: 'Lieu de l’événement', keyboard: true }).addTo(map);
      marker.on('dragend', function () { write(marker.getLatLng()); });
    } else {
      marker.setLatLng(latlng);
    }
  }
  function write(latlng) {
    latInput.value = latlng.lat.toFixed(6);
    lonInput.value = latlng.lng.toFixed(6);
  }
  if (placed) { place([lat, lon]); }
  map.on('click', function (event) { place(event.latlng); write(event.latlng); });
  function fromInputs() {
    var y = parseFloat(latInput.value);
    var x = parseFloat(lonInput.value);
    if (isFinite(y) && isFinite(x)) { place([y, x]); map.panTo([y, x]); }
  }
  latInput.addEventListener('change', fromInputs);
  lonInput.addEventListener('change', fromInputs);
})();
