// Maps: any element with data-map becomes a Leaflet map. The base layer is the province's own commune boundaries
// (served by the host, so it works offline); a tile layer is added only when the page names one (data-tiles).
//   data-map="pick"    : a click sets the inputs named by data-lat / data-lon (the citizen's place)
//   data-map="points"  : shows the points of the JSON in data-points [{lat, lon, title, href}]
import L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Bundled images get hashed names, which Leaflet's own path guess cannot find.
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl, imagePath: '' });

const LaiChau = [22.3964, 103.4589];

export function enhanceMaps(root) {
  root.querySelectorAll('[data-map]').forEach((element) => {
    if (element.dataset.enhanced) return;
    element.dataset.enhanced = '1';
    const map = L.map(element, { scrollWheelZoom: false }).setView(LaiChau, 9);
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.tilesAttribution || '' }).addTo(map);
    }
    if (element.dataset.boundaries) addBoundaries(map, element.dataset.boundaries);
    if (element.dataset.map === 'pick') enablePicking(map, element);
    if (element.dataset.map === 'points') showPoints(map, JSON.parse(element.dataset.points || '[]'));
  });
}

async function addBoundaries(map, url) {
  const response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
  if (!response.ok) return;
  const layer = L.geoJSON(await response.json(), {
    style: { color: '#2f6f4f', weight: 1, fillOpacity: 0.05 },
    onEachFeature: (feature, l) => feature.properties?.name && l.bindTooltip(feature.properties.name),
  }).addTo(map);
  if (!map.options.fitted) map.fitBounds(layer.getBounds());
}

function enablePicking(map, element) {
  const form = element.closest('form') || document;
  const lat = form.querySelector(`[name="${element.dataset.lat}"]`);
  const lon = form.querySelector(`[name="${element.dataset.lon}"]`);
  let marker = null;
  const place = (latlng) => {
    marker = marker ? marker.setLatLng(latlng) : L.marker(latlng).addTo(map);
    if (lat) lat.value = latlng.lat.toFixed(6);
    if (lon) lon.value = latlng.lng.toFixed(6);
  };
  if (lat?.value && lon?.value) place(L.latLng(Number(lat.value), Number(lon.value)));
  map.on('click', (e) => place(e.latlng));
}

function showPoints(map, points) {
  const markers = points.map((p) => {
    const marker = L.marker([p.lat, p.lon]);
    if (p.title) marker.bindPopup(p.href ? `<a href="${encodeURI(p.href)}">${escapeHtml(p.title)}</a>` : escapeHtml(p.title));
    return marker;
  });
  if (markers.length) {
    const group = L.featureGroup(markers).addTo(map);
    map.options.fitted = true;
    map.fitBounds(group.getBounds().pad(0.2));
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
