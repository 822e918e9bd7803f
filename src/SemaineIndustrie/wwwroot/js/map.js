// Map of the search page: draws the server's clusters for the visible area and keeps the list in
// step with it. The page works without this script; the map only narrows the search further.
(function () {
  'use strict';
  var element = document.getElementById('carte');
  if (!element || !window.L) { return; }

  var status = document.getElementById('carte-etat');
  var baseQuery = element.dataset.query || '';
  var map = L.map(element, { minZoom: 2, maxZoom: 18, zoomSnap: 1 });
  var layer = L.layerGroup().addTo(map);
  var requestId = 0;

  if (element.dataset.tiles) {
    var tiles = L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 18 });
    var tileErrorShown = false;
    tiles.on('tileerror', function () {
      if (!tileErrorShown) {
        tileErrorShown = true;
        say('Le fond de carte est indisponible ; les événements restent affichés.');
      }
    });
    tiles.addTo(map);
  }

  fetch('/api/geo/regions').then(function (response) {
    if (!response.ok) { return null; }
    return response.json();
  }).then(function (outlines) {
    if (outlines) {
      L.geoJSON(outlines, { interactive: false, style: { color: '#000091', weight: 1, opacity: 0.5, fillOpacity: 0.03 } }).addTo(map).bringToBack();
    }
  }).catch(function () { /* outlines are decoration only */ });

  var box = (element.dataset.box || '').split(',').map(Number);
  if (box.length === 4 && box.every(isFinite)) {
    map.fitBounds([[box[0], box[2]], [box[1], box[3]]]);
  } else {
    map.fitBounds([[41.3, -5.2], [51.1, 9.6]]);
  }

  // Registered after the first view is set, so every moveend below comes from the visitor.
  // A page with the map and no result list (a regional page) keeps its own address.
  var hasList = !!document.getElementById('resultats');
  map.on('moveend', function () {
    refreshMap();
    if (hasList) { refreshList(); }
  });
  refreshMap();

  function say(text) { if (status) { status.textContent = text; } }

  function areaParameters() {
    var bounds = map.getBounds();
    var round = function (value) { return Math.round(value * 100000) / 100000; };
    return {
      lat_min: round(Math.max(-90, bounds.getSouth())), lat_max: round(Math.min(90, bounds.getNorth())),
      lon_min: round(Math.max(-180, bounds.getWest())), lon_max: round(Math.min(180, bounds.getEast()))
    };
  }

  function withArea(query, area) {
    var params = new URLSearchParams(query);
    Object.keys(area).forEach(function (key) { params.set(key, String(area[key])); });
    return params;
  }

  function refreshMap() {
    var params = withArea(baseQuery, areaParameters());
    params.set('zoom', String(map.getZoom()));
    var id = ++requestId;
    fetch('/api/carte?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 503) {
          // The server is still loading this edition: ask again when it says.
          say('Chargement des événements de cette édition…');
          setTimeout(function () { if (id === requestId) { refreshMap(); } }, 1000 * Number(response.headers.get('Retry-After') || 2));
          return null;
        }
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (result) { if (result && id === requestId) { draw(result); } })
      .catch(function () { say('Impossible de charger les événements de la carte pour le moment.'); });
  }

  function draw(result) {
    layer.clearLayers();
    result.clusters.forEach(function (cluster) {
      var size = cluster.count < 10 ? 'small' : cluster.count < 100 ? 'medium' : 'large';
      var icon = L.divIcon({
        html: '<div><span>' + cluster.count.toLocaleString('fr-FR') + '</span></div>',
        className: 'marker-cluster marker-cluster-' + size, iconSize: L.point(40, 40)
      });
      var marker = L.marker([cluster.latitude, cluster.longitude], {
        icon: icon, keyboard: true, title: cluster.count + ' événements', alt: cluster.count + ' événements'
      });
      marker.on('click', function () {
        var bounds = L.latLngBounds([cluster.latMin, cluster.lonMin], [cluster.latMax, cluster.lonMax]);
        if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
          map.setView(bounds.getCenter(), Math.min(map.getZoom() + 3, 18));
        } else {
          map.fitBounds(bounds.pad(0.1), { maxZoom: 18 });
        }
      });
      layer.addLayer(marker);
    });
    result.points.forEach(function (point) {
      var marker = L.marker([point.latitude, point.longitude], { title: point.title, alt: point.title, keyboard: true });
      var popup = document.createElement('div');
      var link = document.createElement('a');
      link.href = '/evenements/' + point.id + '-' + point.slug;
      link.textContent = point.title;
      popup.appendChild(link);
      if (point.communeName) {
        var place = document.createElement('p');
        place.className = 'fr-text--sm fr-mb-0';
        place.textContent = point.communeName + ' – ' + new Date(point.firstStartsAt).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' });
        popup.appendChild(place);
      }
      marker.bindPopup(popup);
      layer.addLayer(marker);
    });
    element.dataset.clusters = String(result.clusters.length);
    element.dataset.points = String(result.points.length);
    say(result.total.toLocaleString('fr-FR') + ' événement(s) sur la carte dans cette zone.');
  }

  // The list follows the map: the visible area becomes part of the URL, and the results and
  // filters are replaced by those of the page at that URL.
  function refreshList() {
    var params = withArea(location.search, areaParameters());
    params.delete('page');
    var url = location.pathname + '?' + params.toString();
    history.replaceState(null, '', url + location.hash);
    updateHiddenArea(params);
    fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        ['resultats', 'facettes'].forEach(function (id) {
          var fresh = page.getElementById(id);
          var current = document.getElementById(id);
          if (fresh && current) { current.replaceWith(fresh); }
        });
      })
      .catch(function () { say('Impossible de mettre la liste à jour ; rechargez la page.'); });
  }

  function updateHiddenArea(params) {
    var form = document.getElementById('recherche');
    if (!form) { return; }
    ['lat_min', 'lat_max', 'lon_min', 'lon_max'].forEach(function (name) {
      var input = form.querySelector('input[type=hidden][name="' + name + '"]');
      if (!input) {
        input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        form.appendChild(input);
      }
      input.value = params.get(name);
    });
  }

  // Progressive enhancement of the form: ticking a filter searches at once; « Utiliser ma position »
  // fills the point with the browser's location.
  var form = document.getElementById('recherche');
  if (form) {
    form.addEventListener('change', function (event) {
      if (event.target.matches('[data-facette]')) {
        form.requestSubmit();
      }
    });
  }
  var locate = document.getElementById('ma-position');
  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        document.getElementById('lat').value = position.coords.latitude.toFixed(5);
        document.getElementById('lon').value = position.coords.longitude.toFixed(5);
        if (!document.getElementById('rayon').value) { document.getElementById('rayon').value = '20'; }
      }, function () { say('Votre position n’a pas pu être déterminée.'); });
    });
  }
})();
