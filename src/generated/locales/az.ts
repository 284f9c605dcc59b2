
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'calendar.gregory': `Miladi təqvim`,
'calendar.islamic': `Hicri-qəməri təqvim`,
'calendar.persian': `Hicri-şəmsi təqvim`,
'card.areas': `Əməkdaşlıq sahələri`,
'card.date': `Tarix`,
'card.kind.agreement': `Qardaş şəhər sazişi`,
'card.kind.memorandum': `Qardaş şəhər anlaşma memorandumu`,
'card.kind.protocol': `Qardaş şəhər protokolu`,
'card.no-agreement': `Bu məlumat toplusunda göstəriləcək saziş yoxdur.`,
'card.parties': `Qardaş şəhərlər`,
'card.place': `Yer`,
'card.present': `İştirakçılar`,
'card.proposals': `Təklif olunan növbəti addımlar`,
'card.proposed-by': `Təklif edən:`,
'card.signed-by': `İmzalayanlar`,
'card.sources': `Mənbələr`,
'card.status.ended': `Başa çatıb`,
'card.status.in-force': `Qüvvədədir`,
'card.status.proposed': `Təklif edilib`,
'card.status.signed': `İmzalanıb`,
'card.unknown-agreement': str`Bu məlumat toplusunda “${0}” identifikatorlu saziş yoxdur.`,
'error.content-type': `Server məlumat faylını JSON kimi göndərmədi.`,
'error.details': `Saytın administratoru üçün təfərrüatlar`,
'error.invalid-data': `Məlumatlar gözlənilən formatda deyil.`,
'error.invalid-json': `Məlumat faylı etibarlı JSON deyil.`,
'error.network': `Məlumat faylı yüklənə bilmədi.`,
'error.stale': `Yeni məlumatlar yüklənmədi; əvvəlki məlumatlar göstərilir.`,
'error.timeout': `Məlumat faylının yüklənməsi çox uzun çəkdi.`,
'error.title': `Bu məlumat göstərilə bilmir.`,
'error.too-large': `Məlumat faylı çox böyükdür.`,
'month.1': `yanvar`,
'month.10': `oktyabr`,
'month.11': `noyabr`,
'month.12': `dekabr`,
'month.2': `fevral`,
'month.3': `mart`,
'month.4': `aprel`,
'month.5': `may`,
'month.6': `iyun`,
'month.7': `iyul`,
'month.8': `avqust`,
'month.9': `sentyabr`,
'role.host': `ev sahibi`,
'role.signatory': `imzalayan`,
'role.speaker': `çıxış edən`,
'role.witness': `şahid`,
'state.loading': `Yüklənir…`,
    };
  