// Task forms (issue 16): the server renders every field; this keeps the form's conditions (conditional.hide, FEEL)
// up to date while a person fills it in, by asking the server which fields are hidden now. Hidden fields are disabled,
// so they are not sent — as form-js does. Without script every field shows and the server drops the hidden ones.
export function enhanceTaskForms(root) {
  for (const form of root.querySelectorAll('form[data-task-form][data-form-state]')) {
    if (!form.querySelector('[data-conditional]')) continue;
    let timer;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void update(form), 200);
    };
    form.addEventListener('change', refresh);
    form.addEventListener('input', refresh);
    apply(form, [...form.querySelectorAll('[data-component][hidden]')].map((e) => e.dataset.component));
  }
}

async function update(form) {
  const data = new FormData(form);
  for (const [name, value] of [...data.entries()]) {
    if (value instanceof File) data.delete(name); // conditions never read files: do not upload them twice
  }
  try {
    const response = await fetch(form.dataset.formState, { method: 'POST', body: data, credentials: 'same-origin' });
    if (response.ok) apply(form, (await response.json()).hidden);
  } catch {
    // Offline or signed out: the fields stay as they are; the server checks the form when it is sent.
  }
}

function apply(form, hidden) {
  const set = new Set(hidden);
  for (const wrapper of form.querySelectorAll('[data-component]')) {
    const hide = set.has(wrapper.dataset.component);
    wrapper.hidden = hide;
    for (const input of wrapper.querySelectorAll('input, select, textarea')) {
      if (hide) {
        input.dataset.wasDisabled ??= String(input.disabled);
        input.disabled = true;
      } else if (input.dataset.wasDisabled !== undefined) {
        input.disabled = input.dataset.wasDisabled === 'true';
        delete input.dataset.wasDisabled;
      }
    }
  }
}
