/**
 * Reading agenda markup, as a webmaster writes it by hand, in real Chromium.
 * The agenda is the Barnet Alliance for Public Services meeting of 8 February
 * 2018 (shared/samples/000_9fa0eb0e8b3d287f.txt).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { barnetAgendaHtml as SAMPLE_AGENDA_HTML } from '@placard/test-kit/agenda-fixtures.js';
import { readAgendaMarkup } from '../../src/sources/agenda-markup.js';

async function read(markup: string) {
  return readAgendaMarkup(await fixture<HTMLElement>(`<div>${markup}</div>`));
}

describe('readAgendaMarkup', () => {
  it('reads the sample agenda: the meeting and its seven items', async () => {
    const agenda = await read(SAMPLE_AGENDA_HTML);
    expect(agenda.meeting).to.deep.equal({
      name: 'Meeting of Barnet Alliance for Public Services',
      start: '2018-02-08T18:30',
      end: '2018-02-08T20:30',
      timeZone: 'Europe/London',
      venue: 'Greek Cypriot Brotherhood, Finchley',
    });
    expect(agenda.sections).to.have.length(1);
    const { title, items } = agenda.sections[0]!;
    expect(title).to.equal(undefined);
    expect(items.map((item) => [item.time, item.title])).to.deep.equal([
      ['19:00', 'Attendance and apologies'],
      ['19:05', 'Review minutes of previous meeting and matters arising from the minutes'],
      ['19:10', 'Guest speaker from CWU'],
      ['19:30', 'Plan for the coming year'],
      ['20:00', 'Any other industrial reports'],
      ['20:20', 'Any Other Business and Delegates Motions'],
      ['20:30', 'Meeting Ends'],
    ]);
    expect(items[5]).to.deep.equal({
      time: '20:20',
      title: 'Any Other Business and Delegates Motions',
      notes: 'Please submit motions before 5th of February.',
      attachments: [],
    });
    expect(items[6]).to.deep.equal({ time: '20:30', title: 'Meeting Ends', attachments: [] });
  });

  it('reads the plain form: a heading, a date paragraph and a list, with no classes', async () => {
    const agenda = await read(`
      <h3>Meeting of Barnet Alliance for Public Services</h3>
      <p><time datetime="2018-02-08">Thursday 8 February 2018</time></p>
      <ol>
        <li><time datetime="18:30:00">18:30</time> Welcome and apologies <span class="presenter">Chair</span></li>
        <li><time>7pm</time> Attendance</li>
      </ol>`);
    expect(agenda.meeting).to.deep.equal({
      name: 'Meeting of Barnet Alliance for Public Services',
      start: '2018-02-08',
    });
    expect(agenda.sections[0]!.items).to.deep.equal([
      { time: '18:30:00', title: 'Welcome and apologies', presenter: 'Chair', attachments: [] },
      { time: '19:00', title: 'Attendance', attachments: [] },
    ]);
  });

  it('reads the list itself as the root, and finds the agenda inside an h-event wrapper', async () => {
    const list = await fixture<HTMLElement>(
      `<ol><li><time datetime="19:00">7pm</time> Attendance and apologies</li></ol>`,
    );
    expect(readAgendaMarkup(list)).to.deep.equal({
      meeting: {},
      sections: [{ items: [{ time: '19:00', title: 'Attendance and apologies', attachments: [] }] }],
    });

    const wrapped = await read(`<div class="h-event"><h2 class="p-name">Branch AGM</h2>
      <p class="p-location h-card"><span class="p-name">Conway Hall</span>,
        <span class="p-street-address">25 Red Lion Square</span>, <span class="p-locality">London</span></p>
      <ol><li><time datetime="18:00">6pm</time> Welcome</li></ol></div>`);
    expect(wrapped.meeting).to.deep.equal({
      name: 'Branch AGM',
      venue: 'Conway Hall',
      address: '25 Red Lion Square\nLondon',
    });
    expect(wrapped.sections[0]!.items[0]!.title).to.equal('Welcome');
  });

  it('reads an address written as an <address> element', async () => {
    const agenda = await read(`<h3>AGM</h3>
      <p><span class="p-location">Greek Cypriot Brotherhood</span></p>
      <address>
        Britannia Road<br>
        London N12
      </address>
      <ol><li><time datetime="19:00">7pm</time> Welcome</li></ol>`);
    expect(agenda.meeting).to.deep.equal({
      name: 'AGM',
      venue: 'Greek Cypriot Brotherhood',
      address: 'Britannia Road\nLondon N12',
    });
  });

  describe('sections', () => {
    it('are titled by headings between lists; the first heading names the meeting', async () => {
      const agenda = await read(`
        <h3>Branch AGM</h3>
        <p><time datetime="2018-03-07T18:00">7 March, 6pm</time></p>
        <h4>Business</h4>
        <ol><li><time datetime="18:00">6pm</time> Minutes</li><li><time datetime="18:10">6.10pm</time> Reports</li></ol>
        <p>Tea and coffee will be served.</p>
        <ol><li><time datetime="18:40">6.40pm</time> Treasurer’s report</li></ol>
        <h4>Elections</h4>
        <ol><li><time datetime="19:00">7pm</time> Officers</li></ol>`);
      expect(agenda.meeting).to.deep.equal({ name: 'Branch AGM', start: '2018-03-07T18:00' });
      expect(
        agenda.sections.map((section) => [section.title, section.items.map((item) => item.title)]),
      ).to.deep.equal([
        ['Business', ['Minutes', 'Reports', 'Treasurer’s report']],
        ['Elections', ['Officers']],
      ]);
    });

    it('take the first heading when it is at the level of later section headings', async () => {
      const agenda = await read(`
        <h4>Business</h4><ol><li><time datetime="18:00">6pm</time> Minutes</li></ol>
        <h4>Elections</h4><ol><li><time datetime="19:00">7pm</time> Officers</li></ol>`);
      expect(agenda.meeting).to.deep.equal({});
      expect(agenda.sections.map((section) => section.title)).to.deep.equal(['Business', 'Elections']);
    });

    it('leave the items before the first heading untitled', async () => {
      const agenda = await read(`
        <h3>Branch AGM</h3>
        <ol><li><time datetime="18:00">6pm</time> Minutes</li></ol>
        <h4>Elections</h4><ol><li><time datetime="19:00">7pm</time> Officers</li></ol>`);
      expect(agenda.meeting.name).to.equal('Branch AGM');
      expect(agenda.sections.map((section) => section.title)).to.deep.equal([undefined, 'Elections']);
    });

    it('use the heading before the first list when the name is marked with p-name', async () => {
      const agenda = await read(`
        <p>Agenda for the <strong class="p-name">Branch AGM</strong></p>
        <h4>Business</h4><ol><li><time datetime="18:00">6pm</time> Minutes</li></ol>`);
      expect(agenda.meeting.name).to.equal('Branch AGM');
      expect(agenda.sections[0]!.title).to.equal('Business');
    });

    it('do not come from lists nested in an item, which are its notes', async () => {
      const agenda = await read(`<ol><li><time datetime="20:00">8pm</time> Reports
        <ol><li>Pay claim</li><li>Health and safety</li></ol></li></ol>`);
      expect(agenda.sections).to.have.length(1);
      expect(agenda.sections[0]!.items).to.deep.equal([
        { time: '20:00', title: 'Reports', notes: 'Pay claim\n\nHealth and safety', attachments: [] },
      ]);
    });
  });

  describe('items', () => {
    it('read attachments from links, with type and size, dropping unsafe ones', async () => {
      const agenda = await read(`<ol><li><time datetime="19:05">7.05pm</time>
        Review minutes of previous meeting –
        <a href="https://example.org/papers/minutes.pdf" type="application/pdf" data-size="120 KB">Minutes (PDF)</a>
        <a href="/papers/motion.docx">Motion</a>
        <a href="javascript:alert(1)">Run me</a></li></ol>`);
      expect(agenda.sections[0]!.items[0]).to.deep.equal({
        time: '19:05',
        title: 'Review minutes of previous meeting',
        attachments: [
          {
            url: 'https://example.org/papers/minutes.pdf',
            title: 'Minutes (PDF)',
            type: 'application/pdf',
            size: '120 KB',
          },
          { url: new URL('/papers/motion.docx', document.baseURI).href, title: 'Motion' },
        ],
      });
    });

    it('read presenter, duration, kind and notes', async () => {
      const agenda = await read(`<ol>
        <li data-kind="break"><time datetime="19:30">7.30pm</time> Tea <data class="duration" value="PT15M">15 minutes</data></li>
        <li><time datetime="19:45">7.45pm</time>–<time datetime="20:15">8.15pm</time> Guest speaker
          (<span class="p-presenter h-card"><span class="p-name">Jane Doe</span>, <span class="p-org">CWU</span></span>)<br>
          On the pay campaign.</li>
        <li><time datetime="20:15">8.15pm</time> <span class="p-name">Motions</span>: <span class="p-kind">item</span>
          <span class="presenter">Secretary</span> <span class="presenter">Chair</span> carried over from January</li>
      </ol>`);
      expect(agenda.sections[0]!.items).to.deep.equal([
        { time: '19:30', title: 'Tea', duration: 'PT15M', kind: 'break', attachments: [] },
        {
          time: '19:45',
          title: 'Guest speaker',
          presenter: 'Jane Doe',
          duration: 'PT30M',
          notes: 'On the pay campaign.',
          attachments: [],
        },
        {
          time: '20:15',
          title: 'Motions',
          presenter: 'Secretary, Chair',
          kind: 'item',
          notes: 'carried over from January',
          attachments: [],
        },
      ]);
    });

    it('read a title wrapped in a paragraph', async () => {
      const agenda = await read(`<ol><li><p><time datetime="19:00">7pm</time> Attendance</p>
        <p>Send apologies to the secretary.</p></li></ol>`);
      expect(agenda.sections[0]!.items[0]).to.deep.equal({
        time: '19:00',
        title: 'Attendance',
        notes: 'Send apologies to the secretary.',
        attachments: [],
      });
    });

    it('have no time when the item has no <time>', async () => {
      const agenda = await read(`<ol>
        <li>Attendance and apologies</li>
        <li><time datetime="19:05">7.05pm</time> Minutes</li>
        <li><time></time> Any other business</li>
      </ol>`);
      expect(agenda.sections[0]!.items).to.deep.equal([
        { title: 'Attendance and apologies', attachments: [] },
        { time: '19:05', title: 'Minutes', attachments: [] },
        { title: 'Any other business', attachments: [] },
      ]);
    });

    it('keep hostile text as text, and read elements for their text only', async () => {
      const errors = window as { __placardErrors?: number };
      errors.__placardErrors = 0;
      const root = await fixture<HTMLElement>(`<div><ol>
        <li><time datetime="19:00">7pm</time> &lt;img src=x onerror="window.__placardErrors++"&gt; Welcome</li>
        <li><time datetime="19:05">7.05pm</time> Minutes <img src="data:," alt="(papers)" onerror="window.__placardErrors++">
          <script>window.__placardErrors = 100;</script></li>
      </ol></div>`);
      // The broken image in the webmaster's own markup fails once when the page shows it …
      await waitUntil(() => errors.__placardErrors === 1, 'the broken image did not fail');
      const agenda = readAgendaMarkup(root);
      const [first, second] = agenda.sections[0]!.items;
      expect(first!.title).to.equal('<img src=x onerror="window.__placardErrors++"> Welcome');
      expect(second!.title).to.equal('Minutes (papers)');
      // … and not again: reading clones nothing and parses no HTML, so nothing runs.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(errors.__placardErrors).to.equal(1);
      expect(root.querySelectorAll('img')).to.have.length(1);
    });
  });
});
