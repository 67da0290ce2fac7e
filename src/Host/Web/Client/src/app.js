// The web UI's behaviour. Every page works without it (progressive enhancement, issue 8); it only makes work faster.
import 'leaflet/dist/leaflet.css';
import './app.css';
import './staff.css';
import './centre.css';
import htmx from 'htmx.org';
import { enhanceMaps } from './map.js';
import { enhanceTaskForms } from './task-forms.js';
import './citizens.js';

window.htmx = htmx;

document.addEventListener('DOMContentLoaded', () => {
  enhanceMaps(document);
  enhanceTaskForms(document);
});
