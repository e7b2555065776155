import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../lib/guard/analyse.ts';
import { formResponseFilter, googleForms } from '../../../lib/sites/google-forms.ts';
import { adapterFor } from '../../../lib/sites/index.ts';
import { $, FIXTURES, loadFixture } from './fixture.ts';

const FIXTURE_ID = '1FAIpQLSf_VigieFixtureForm_000000000000000000000000000';

function form(page = 'google-forms/viewform.html') {
  const f = loadFixture(page);
  return { ...f, root: googleForms.findComposeRoots(f.doc)[0]! };
}

/** Types into a question the way Forms records it: the visible field, mirrored into the hidden entry input. */
function answer(root: Element, title: string, value: string) {
  const question = [...root.querySelectorAll('[role=listitem]')].find((q) => q.querySelector('.M7eMe')?.textContent === title)!;
  const field = question.querySelector<HTMLInputElement>('input.whsOnd, textarea')!;
  field.value = value;
  const hidden = question.querySelector<HTMLInputElement>('[jsname=o6bZLc] input:not([name$="_sentinel"])');
  if (hidden) hidden.value = value;
}

describe('google-forms: which pages and forms', () => {
  it.each([
    'https://docs.google.com/forms/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/viewform',
    'https://docs.google.com/forms/u/1/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/viewform?embedded=true',
    'https://docs.google.com/forms/u/0/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/formResponse',
  ])('handles %s', (url) => {
    expect(adapterFor(new URL(url))).toBe(googleForms);
  });

  it.each([
    'https://docs.google.com/document/d/1abc/edit',
    'https://docs.google.com.evil.example/forms/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/viewform',
    'http://docs.google.com/forms/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/viewform',
  ])('leaves %s alone', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('finds the form on each page of the fixtures, and none on the confirmation page', () => {
    for (const page of ['viewform.html', 'multipage.html', 'multipage-2.html']) {
      const { doc } = loadFixture(`google-forms/${page}`);
      expect(googleForms.findComposeRoots(doc).map((r) => r.id)).toEqual(['mG61Hd']);
    }
    expect(googleForms.findComposeRoots(loadFixture('google-forms/confirmation.html').doc)).toEqual([]);
  });

  it('composeRootOf climbs from a field or a button to the form, and is null outside it', () => {
    const { doc, root } = form();
    expect(googleForms.composeRootOf($(root, 'textarea'))).toBe(root);
    expect(googleForms.composeRootOf($(root, '[jsname=M2UYVd] .NPEfkd'))).toBe(root);
    expect(googleForms.composeRootOf($(doc, '.Tg0box'))).toBeNull();
  });
});

describe('google-forms: reading the answers', () => {
  it('is a form submission to the published id of the form action, with no email recipient', () => {
    const { root } = form();
    const draft = googleForms.readDraft(root);
    expect(draft).toMatchObject({ site: 'google-forms', action: 'submit-form', recipients: [], subject: '', attachments: [] });
    expect(draft.targets).toEqual([
      { kind: 'form', formId: FIXTURE_ID, url: `https://docs.google.com/forms/u/0/d/e/${FIXTURE_ID}/formResponse` },
    ]);
    expect(draft.body).toBe(''); // nothing answered yet
  });

  it('takes the id from the page address when the action has none, else says it is unknown', () => {
    const url = 'https://docs.google.com/forms/u/0/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/viewform?embedded=true';
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    window.document.write(readFileSync(resolve(FIXTURES, 'google-forms/viewform.html'), 'utf8'));
    const root = googleForms.findComposeRoots(window.document as unknown as Document)[0]!;
    root.setAttribute('action', '');
    expect(googleForms.readEnvelope(root).targets).toEqual([{ kind: 'form', formId: '1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH', url }]);
    const { root: other } = form(); // a page at https://example.test/
    other.setAttribute('action', '/somewhere/else');
    expect(googleForms.readEnvelope(other).targets).toEqual([{ kind: 'form', formId: 'unknown', url: 'https://example.test/somewhere/else' }]);
  });

  it('reads each answered question as its title then its answers; titles lose their examples, digits and addresses', () => {
    const { root } = form();
    answer(root, 'Référence du bien', 'Villa 4 façades à Uccle');
    answer(root, 'Personne de contact (ex. Jean Dupont, 0470 12 34 56)', 'Rappeler Mme Lambert au 0476 12 34 56');
    answer(root, 'Message', 'Visite souhaitée samedi.\nDisponible le matin.');
    expect(googleForms.readDraft(root).body).toBe(
      [
        'Référence du bien',
        'Villa 4 façades à Uccle',
        '',
        'Personne de contact',
        'Rappeler Mme Lambert au 0476 12 34 56',
        '',
        'Message',
        'Visite souhaitée samedi.\nDisponible le matin.',
      ].join('\n'),
    );
  });

  it('finds the personal data of the answers only: the example in a title is no finding', () => {
    const { root } = form();
    answer(root, 'Personne de contact (ex. Jean Dupont, 0470 12 34 56)', 'GSM : 0476 12 34 56');
    const findings = draftFindings(googleForms.readDraft(root), {});
    expect(findings.map((f) => [f.type, f.value])).toEqual([['phone', '+32476123456']]);
  });

  it('reads a choice from the value Forms will post, and a date whole, not its _year/_month/_day parts', () => {
    const { root } = form();
    $(root, '[role=radio][data-value=Appartement]').setAttribute('aria-checked', 'true');
    (root.querySelector('input[name="entry.1444444444"]') as HTMLInputElement).value = 'Appartement';
    ($(root, 'input[type=date]') as HTMLInputElement).value = '2025-07-30';
    for (const [part, v] of [['year', '2025'], ['month', '7'], ['day', '30']]) {
      (root.querySelector(`input[name="entry.1555555555_${part}"]`) as HTMLInputElement).value = v!;
    }
    expect(googleForms.readDraft(root).body).toBe('Type de bien\nAppartement\n\nDisponible à partir du\n2025-07-30');
  });

  it('reads answers of the older DOM too, where the visible input itself is named entry.N', () => {
    const { root } = form();
    const input = $(root, 'input.whsOnd') as HTMLInputElement;
    input.setAttribute('name', 'entry.1111111111');
    input.closest('[role=listitem]')!.querySelector('[jsname=o6bZLc]')!.remove();
    input.value = 'Réf. 2025-118';
    expect(googleForms.readDraft(root).body).toBe('Référence du bien\nRéf. 2025-118');
  });

  it('lists uploaded files of a file-upload question as attachments, and classifies them', () => {
    const { root } = form('google-forms/multipage-2.html');
    expect(googleForms.readEnvelope(root).attachments).toEqual([{ name: 'plan-terrain.pdf' }]);
    $(root, '[jsname=kTlJSc] [data-id] .NlMfRc').textContent = 'carte-identite-recto.jpg';
    const draft = googleForms.readDraft(root);
    expect(draftFindings(draft, {}).map((f) => f.type)).toContain('identity-document');
  });

  it('reports its selectors healthy on every page of the fixtures, and names what is missing', () => {
    for (const page of ['viewform.html', 'multipage.html', 'multipage-2.html']) {
      const { root } = form(`google-forms/${page}`);
      expect(googleForms.health(root)).toEqual({ ok: true, missing: [] });
    }
    const { root } = form();
    $(root, '[jsname=M2UYVd]').removeAttribute('jsname');
    expect(googleForms.health(root)).toEqual({ ok: false, missing: ['sendButton'] });
  });

  it('rescans on edits of the answer fields (inputs and textareas)', () => {
    const { root } = form();
    expect(googleForms.editables(root).map((el) => el.tagName)).toEqual(['INPUT', 'INPUT', 'TEXTAREA', 'INPUT']);
    expect(googleForms.bodyElement(root)).toBeNull();
  });
});

describe('google-forms: send gestures', () => {
  it('Submit: a click, Enter or Space on it sends; it is the button clicked again after approval', () => {
    const f = form();
    const submit = $(f.root, '[jsname=M2UYVd]');
    expect(googleForms.sendButton(f.root)).toBe(submit);
    expect(googleForms.sendGesture(f.click($(submit, '.NPEfkd')), f.root)).toBe('click');
    expect(googleForms.sendGesture(f.key(submit, { key: 'Enter' }), f.root)).toBe('keyboard-activation');
    expect(googleForms.sendGesture(f.key(submit, { key: ' ' }), f.root)).toBe('keyboard-activation');
  });

  it('Next posts the page too: on page 1 of a multi-page form it is the send button', () => {
    const f = form('google-forms/multipage.html');
    const next = $(f.root, '[jsname=OCpkoe]');
    expect(googleForms.sendButton(f.root)).toBe(next);
    expect(googleForms.sendGesture(f.click(next), f.root)).toBe('click');
  });

  it('on the last page Submit is the one clicked again, not Back', () => {
    const f = form('google-forms/multipage-2.html');
    expect(googleForms.sendButton(f.root)?.getAttribute('jsname')).toBe('M2UYVd');
    expect(googleForms.sendGesture(f.click($(f.root, '[jsname=GeGHKb]')), f.root)).toBeNull();
  });

  it("the form's own submit event is a send; other clicks and keys are not, Enter in a field included", () => {
    const f = form();
    const submitEvent = new f.window.Event('submit', { bubbles: true, cancelable: true }) as unknown as Event;
    f.root.dispatchEvent(submitEvent);
    expect(googleForms.sendGesture(submitEvent, f.root)).toBe('submit');
    expect(googleForms.sendGesture(f.click($(f.root, '.Pz0nKc [role=button]')), f.root)).toBeNull(); // Clear form
    expect(googleForms.sendGesture(f.key($(f.root, 'input.whsOnd'), { key: 'Enter' }), f.root)).toBeNull();
    expect(googleForms.sendGesture(f.key($(f.root, 'textarea'), { key: 'Enter', ctrlKey: true }), f.root)).toBeNull();
  });

  it('asks the background to confirm every send (it may hold a network block on the form)', () => {
    expect(googleForms.confirmSends).toBe(true);
  });
});

describe('formResponseFilter', () => {
  const filter = new RegExp(formResponseFilter(FIXTURE_ID));

  it.each([
    `https://docs.google.com/forms/d/e/${FIXTURE_ID}/formResponse`,
    `https://docs.google.com/forms/u/0/d/e/${FIXTURE_ID}/formResponse`,
    `https://docs.google.com/forms/u/12/d/e/${FIXTURE_ID}/formResponse?embedded=true`,
    `https://docs.google.com./forms/d/e/${FIXTURE_ID}/formResponse`,
  ])('matches %s', (url) => {
    expect(filter.test(url)).toBe(true);
  });

  it.each([
    `https://docs.google.com/forms/d/e/${FIXTURE_ID}/viewform`,
    `https://docs.google.com/forms/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/formResponse`,
    `https://docs.google.com.evil.example/forms/d/e/${FIXTURE_ID}/formResponse`,
    `https://evil.example/?https://docs.google.com/forms/d/e/${FIXTURE_ID}/formResponse`,
  ])('does not match %s', (url) => {
    expect(filter.test(url)).toBe(false);
  });
});
