
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'calendar.gregory': `Miladi takvim`,
'calendar.islamic': `Hicri takvim`,
'calendar.persian': `Hicri şemsi takvim`,
'card.areas': `İşbirliği alanları`,
'card.date': `Tarih`,
'card.kind.agreement': `Kardeş şehir anlaşması`,
'card.kind.memorandum': `Kardeş şehir mutabakat zaptı`,
'card.kind.protocol': `Kardeş şehir protokolü`,
'card.no-agreement': `Bu veri kümesinde gösterilecek bir anlaşma yok.`,
'card.parties': `Kardeş şehirler`,
'card.place': `Yer`,
'card.present': `Katılanlar`,
'card.proposals': `Önerilen sonraki adımlar`,
'card.proposed-by': `Öneren:`,
'card.signed-by': `İmzalayanlar`,
'card.sources': `Kaynaklar`,
'card.status.ended': `Sona erdi`,
'card.status.in-force': `Yürürlükte`,
'card.status.proposed': `Önerildi`,
'card.status.signed': `İmzalandı`,
'card.unknown-agreement': str`Bu veri kümesinde “${0}” kimlikli bir anlaşma yok.`,
'error.content-type': `Sunucu veri dosyasını JSON olarak göndermedi.`,
'error.details': `Site yöneticisi için ayrıntılar`,
'error.invalid-data': `Veriler beklenen biçimde değil.`,
'error.invalid-json': `Veri dosyası geçerli bir JSON değil.`,
'error.network': `Veri dosyası indirilemedi.`,
'error.stale': `Güncel veriler yüklenemedi; önceki veriler gösteriliyor.`,
'error.timeout': `Veri dosyasının indirilmesi çok uzun sürdü.`,
'error.title': `Bu bilgi gösterilemiyor.`,
'error.too-large': `Veri dosyası çok büyük.`,
'month.1': `Ocak`,
'month.10': `Ekim`,
'month.11': `Kasım`,
'month.12': `Aralık`,
'month.2': `Şubat`,
'month.3': `Mart`,
'month.4': `Nisan`,
'month.5': `Mayıs`,
'month.6': `Haziran`,
'month.7': `Temmuz`,
'month.8': `Ağustos`,
'month.9': `Eylül`,
'role.host': `ev sahibi`,
'role.signatory': `imzacı`,
'role.speaker': `konuşmacı`,
'role.witness': `tanık`,
'state.loading': `Yükleniyor…`,
    };
  