
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'add-to-calendar': `Ychwanegu at y calendr`,
'agenda-deadline-closes': str`Yn cau ${0}`,
'agenda-deadline-passed': `Mae'r dyddiad cau wedi mynd heibio`,
'agenda-deadlines': `Dyddiadau cau`,
'agenda-ended': `Mae'r cyfarfod hwn wedi dod i ben.`,
'agenda-ends-at': str`Mae'r cyfarfod yn gorffen am ${0}`,
'agenda-error-title': `Nid oedd modd dangos yr agenda hon`,
'agenda-items-heading': `Agenda`,
'agenda-loading': `Wrthi'n llwytho'r agenda…`,
'agenda-next': str`Nesaf: ${0} am ${1}`,
'agenda-now': str`Nawr: ${0}`,
'agenda-now-badge': `Nawr`,
'agenda-presenter': str`Cyflwynir gan ${0}`,
'agenda-problems-summary': `Nid oedd modd dangos rhai eitemau fel y'u hysgrifennwyd`,
'agenda-starts-in': str`Yn dechrau ${0}`,
'agenda-under-way': `Mae'r cyfarfod wedi dechrau.`,
'calendar-google': `Calendr Google`,
'calendar-ics': `Lawrlwytho ffeil .ics (Apple Calendar, Outlook)`,
'calendar-office365': `Microsoft 365`,
'calendar-outlook': `Outlook.com`,
'calendar-yahoo': `Calendr Yahoo`,
'date-and-time': `Dyddiad ac amser`,
'event-ended': `Mae'r digwyddiad hwn wedi dod i ben.`,
'event-error-title': `Nid oedd modd dangos y digwyddiad hwn`,
'in-reader-zone': str`(${0} lle rydych chi)`,
'join-online': `Ymuno ar-lein`,
'loading-event': `Wrthi'n llwytho'r digwyddiad…`,
'location': `Lleoliad`,
'more-details': `Rhagor o fanylion`,
'online': `Ar-lein`,
'opens-new-tab': `(yn agor mewn tab newydd)`,
'organised-by': `Trefnir gan`,
'previously': `Yn flaenorol`,
'speakers': `Siaradwyr`,
'status-cancelled': `Mae'r digwyddiad hwn wedi'i ganslo.`,
'status-moved-online': `Mae'r digwyddiad hwn wedi symud ar-lein.`,
'status-postponed': `Mae'r digwyddiad hwn wedi'i ohirio.`,
'status-rescheduled': `Mae'r digwyddiad hwn wedi'i aildrefnu.`,
'supported-by': `Cefnogir gan`,
'time-in-your-zone': `Dangosir yr amser yn eich cylchfa amser`,
'view-map': `Gweld y map`,
    };
  