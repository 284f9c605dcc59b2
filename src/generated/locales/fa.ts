
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'calendar.gregory': `تقویم میلادی`,
'calendar.islamic': `تقویم هجری قمری`,
'calendar.persian': `تقویم هجری شمسی`,
'card.areas': `زمینه‌های همکاری`,
'card.date': `تاریخ`,
'card.kind.agreement': `توافق‌نامه خواهرخواندگی`,
'card.kind.memorandum': `تفاهم‌نامه خواهرخواندگی`,
'card.kind.protocol': `پروتکل خواهرخواندگی`,
'card.no-agreement': `این مجموعه داده توافقی برای نمایش ندارد.`,
'card.parties': `شهرهای خواهرخوانده`,
'card.place': `محل`,
'card.present': `حاضران`,
'card.proposals': `گام‌های پیشنهادی بعدی`,
'card.proposed-by': `پیشنهاددهنده:`,
'card.signed-by': `امضاکنندگان`,
'card.sources': `منابع`,
'card.status.ended': `پایان‌یافته`,
'card.status.in-force': `در حال اجرا`,
'card.status.proposed': `پیشنهادشده`,
'card.status.signed': `امضاشده`,
'card.unknown-agreement': str`این مجموعه داده توافقی با شناسه «${0}» ندارد.`,
'error.content-type': `سرور پرونده داده را به‌صورت JSON نفرستاد.`,
'error.details': `جزئیات برای مدیر وب‌سایت`,
'error.invalid-data': `داده‌ها در قالب مورد انتظار نیستند.`,
'error.invalid-json': `پرونده داده JSON معتبر نیست.`,
'error.network': `پرونده داده بارگیری نشد.`,
'error.stale': `داده‌های تازه بارگذاری نشد؛ داده‌های پیشین نمایش داده می‌شود.`,
'error.timeout': `بارگیری پرونده داده بیش از حد طول کشید.`,
'error.title': `این اطلاعات قابل نمایش نیست.`,
'error.too-large': `پرونده داده بیش از حد بزرگ است.`,
'month.1': `ژانویه`,
'month.10': `اکتبر`,
'month.11': `نوامبر`,
'month.12': `دسامبر`,
'month.2': `فوریه`,
'month.3': `مارس`,
'month.4': `آوریل`,
'month.5': `مه`,
'month.6': `ژوئن`,
'month.7': `ژوئیه`,
'month.8': `اوت`,
'month.9': `سپتامبر`,
'role.host': `میزبان`,
'role.signatory': `امضاکننده`,
'role.speaker': `سخنران`,
'role.witness': `حاضر و شاهد`,
'state.loading': `در حال بارگذاری…`,
    };
  