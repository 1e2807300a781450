/** Agenda markup through the shared builder: the agenda the JSON gives, with problems located by list position. */
import { expect, fixture } from '@open-wc/testing';
import { barnetAgendaHtml } from '@placard/test-kit/agenda-fixtures.js';
import { agendaItems } from '../../src/model/agenda.js';
import { parseAgendaMarkup } from '../../src/sources/agenda-markup-parse.js';

describe('parseAgendaMarkup', () => {
  it('builds the sample agenda: seven numbered items, the last closing the meeting', async () => {
    const { agenda, problems } = await parseAgendaMarkup(await fixture<HTMLElement>(barnetAgendaHtml));
    expect(problems).to.deep.equal([]);
    expect(agenda.meeting.name).to.equal('Meeting of Barnet Alliance for Public Services');
    expect(agenda.meeting.venue?.name).to.equal('Greek Cypriot Brotherhood, Finchley');
    const items = agendaItems(agenda);
    expect(items.map((item) => item.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(items.map((item) => item.durationMinutes)).to.deep.equal([5, 5, 20, 30, 20, 10, 0]);
    expect(items[0]!.start!.toISOString()).to.equal('2018-02-08T19:00:00.000Z');
    expect(items[6]).to.include({ title: 'Meeting Ends', kind: 'end' });
  });

  it('names a misplaced item by its place in the list', async () => {
    const root = await fixture<HTMLElement>(barnetAgendaHtml.replace('datetime="19:30"', 'datetime="19:08"'));
    const { problems } = await parseAgendaMarkup(root);
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.equal(
      'Item 4 (“Plan for the coming year”) starts at 19:08, before item 3 (“Guest speaker from CWU”) at 19:10. Put the items in time order.',
    );
    expect(problems[0]!.field).to.match(/item 4 in the first list/u);
  });
});
