import { describe, expect, it } from 'vitest';
import { decodeEntities, descriptionText, htmlLine, htmlToText } from '../../src/calendar/html-text.js';

describe('HTML from feeds, as plain text', () => {
  it('decodes numeric and named references, and leaves unknown ones as typed', () => {
    expect(
      decodeEntities('Branch AGM &#8211; 2018 &#x2019; &amp; caf&eacute; &wcirc; &bogus; &#0; &#x110000;'),
    ).toBe('Branch AGM – 2018 ’ & café ŵ &bogus; \uFFFD \uFFFD');
  });

  it('keeps paragraphs, line breaks and list items', () => {
    expect(htmlToText('<h2>Agenda</h2>\n<p>Reports<br/>Motions</p><ul><li>One</li><li>Two</li></ul>')).toBe(
      'Agenda\n\nReports\nMotions\n\n• One\n• Two',
    );
  });

  it('drops scripts, styles and comments with their content, and keeps escaped markup as text', () => {
    expect(
      htmlToText(
        '<p>Rally</p><script>alert(1)</script><style>p{}</style><!-- note --><img src=x onerror=alert(2)>&lt;script&gt;',
      ),
    ).toBe('Rally\n\n<script>');
    expect(htmlToText('Unclosed <script>alert(1)')).toBe('Unclosed');
  });

  it('reads titles as one line, and descriptions as HTML only when they have tags', () => {
    expect(htmlLine('Strike <em>now</em> &#8211;\n today')).toBe('Strike now – today');
    expect(htmlLine(42)).toBeUndefined();
    expect(descriptionText('Line one\nLine two & more')).toBe('Line one\nLine two & more');
    expect(descriptionText('Line one<br>Line two')).toBe('Line one\nLine two');
    expect(descriptionText('   ')).toBeUndefined();
  });
});
