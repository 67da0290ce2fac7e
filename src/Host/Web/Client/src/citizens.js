// Citizens' submit form (issue 8 point 1): the proof-of-work, the urgent categories' warning and the upload limits
// checked before a long upload. Without this script the form still works: the server asks a small sum instead.
import './citizens.css';

document.addEventListener('DOMContentLoaded', () => enhanceCitizenForms(document));

export function enhanceCitizenForms(root) {
  root.querySelectorAll('form[data-pow]').forEach((form) => {
    if (form.dataset.citizens) return;
    form.dataset.citizens = '1';
    proofOfWork(form);
    urgentWarning(form);
    uploadLimits(form);
  });
}

const encoder = new TextEncoder();

function leadingZeroBits(bytes) {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) { bits += 8; continue; }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

// Finds a nonce such that SHA-256(token ":" nonce) starts with the asked number of zero bits (as the server checks).
async function solve(token, bits) {
  for (let nonce = 0; ; nonce++) {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${token}:${nonce}`)));
    if (leadingZeroBits(hash) >= bits) return String(nonce);
  }
}

function proofOfWork(form) {
  // Web Crypto exists only on secure pages (HTTPS, localhost): elsewhere the citizen answers the sum.
  if (!window.crypto?.subtle) return;
  const fallback = form.querySelector('[data-pow-fallback]');
  const status = form.querySelector('[data-pow-status]');
  const token = form.querySelector('input[name="challenge"]');
  const nonce = form.querySelector('input[name="nonce"]');
  if (!fallback || !token || !nonce) return;
  fallback.hidden = true;
  if (status) status.hidden = false;
  let solving = false;
  form.addEventListener('submit', async (event) => {
    if (nonce.value) return;
    event.preventDefault();
    if (solving) return;
    solving = true;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      nonce.value = await solve(token.value, Number(form.dataset.pow) || 0);
    } finally {
      if (button) button.disabled = false;
      form.removeAttribute('aria-busy');
      solving = false;
    }
    HTMLFormElement.prototype.submit.call(form);
  });
}

function urgentWarning(form) {
  const select = form.querySelector('select[name="category"]');
  const warning = form.querySelector('#urgent-warning');
  if (!select || !warning) return;
  const numbers = warning.querySelector('[data-call-numbers]');
  select.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    const urgent = option?.dataset.urgent === 'true';
    warning.hidden = !urgent;
    if (urgent && numbers && option.dataset.call) numbers.textContent = option.dataset.call;
  });
}

function uploadLimits(form) {
  const input = form.querySelector('input[type="file"][name="media"]');
  const error = form.querySelector('#media-error');
  if (!input || !error) return;
  const maxImage = Number(form.dataset.maxImage);
  const maxVideo = Number(form.dataset.maxVideo);
  const maxFiles = Number(form.dataset.maxFiles);
  const mb = (n) => (n / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  input.addEventListener('change', () => {
    const problems = [];
    const files = [...input.files];
    if (maxFiles && files.length > maxFiles) problems.push(`Chỉ được gửi tối đa ${maxFiles} tệp ảnh, video cho mỗi phản ánh.`);
    files.forEach((f, i) => {
      const max = f.type.startsWith('video/') ? maxVideo : maxImage;
      if (max && f.size > max) problems.push(`Tệp thứ ${i + 1} (${f.name}) quá lớn (${mb(f.size)} MB); tối đa ${mb(max)} MB.`);
    });
    error.textContent = problems.join(' ');
    error.hidden = problems.length === 0;
    input.setAttribute('aria-invalid', problems.length ? 'true' : 'false');
    input.setCustomValidity(problems.join(' '));
  });
}
