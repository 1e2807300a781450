
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'add-to-calendar': `Ychwanegu at y calendr`,
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
  