/** classifyAttachment: the document type of an attachment from its file name and MIME type. */
import { describe, expect, it } from 'vitest';
import { classifyAttachment } from '../../../lib/detect/index.ts';

describe('classifyAttachment', () => {
  it.each([
    ['carte_identite_recto.jpg', undefined, 'identity-document', 'high'],
    ["Carte d'identité - Jean Dupont.pdf", undefined, 'identity-document', 'medium'],
    ['ID-kaart Jan.pdf', undefined, 'identity-document', 'medium'],
    ['ID-kaart Jan.png', undefined, 'identity-document', 'high'],
    ['CI_verso.png', undefined, 'identity-document', 'high'],
    ['scan_eid.jpeg', undefined, 'identity-document', 'high'],
    ['scanEID', 'image/jpeg', 'identity-document', 'high'],
    ['identiteitskaart_voorkant.heic', undefined, 'identity-document', 'high'],
    ['passeport.pdf', undefined, 'identity-document', 'medium'],
    ['Paspoort_Peeters.jpg', undefined, 'identity-document', 'high'],
    ['titre_de_sejour.png', undefined, 'identity-document', 'high'],
    ['verblijfskaart.pdf', undefined, 'identity-document', 'medium'],
    ['rijbewijs.jpg', undefined, 'identity-document', 'high'],
    ['permis-de-conduire.pdf', undefined, 'identity-document', 'medium'],
    ['recto.jpg', undefined, 'identity-document', 'medium'],
    ['CI.pdf', undefined, 'identity-document', 'low'],
    ['acte_achat_signe.pdf', undefined, 'deed', 'high'],
    ['Acte authentique.pdf', undefined, 'deed', 'high'],
    ['aankoopakte_2024.pdf', undefined, 'deed', 'high'],
    ['Notariële akte.pdf', undefined, 'deed', 'high'],
    ['titre de propriété.pdf', undefined, 'deed', 'high'],
    ['eigendomstitel.pdf', undefined, 'deed', 'high'],
    ['declaration_de_succession.pdf', undefined, 'succession-document', 'high'],
    ['attestation-d-heredite.pdf', undefined, 'succession-document', 'high'],
    ["Acte de notoriété.pdf", undefined, 'succession-document', 'high'],
    ['attest_van_erfopvolging.pdf', undefined, 'succession-document', 'high'],
    ['aangifte nalatenschap.pdf', undefined, 'succession-document', 'high'],
    ['succession Dupont.pdf', undefined, 'succession-document', 'medium'],
    ['compromis_de_vente.pdf', undefined, 'sale-agreement', 'high'],
    ['CompromisDeVente_signe.pdf', undefined, 'sale-agreement', 'high'],
    ['compromis.pdf', undefined, 'sale-agreement', 'medium'],
    ['verkoopovereenkomst.docx', undefined, 'sale-agreement', 'high'],
    ['Sale agreement.pdf', undefined, 'sale-agreement', 'high'],
  ] as const)('%s (%s) → %s, %s', (name, mime, type, confidence) => {
    expect(classifyAttachment(name, mime)).toEqual({ type, confidence });
  });

  it.each([
    ['identite_visuelle_logo.png'],
    ['PEB_certificat.pdf'],
    ['plan_cadastral.pdf'],
    ['photo_facade.jpg'],
    ['IMG_20250412_1030.jpg'],
    ['offre.pdf'],
    ['facture_2025-000123.pdf'],
    ['Acte de base copropriété.pdf'],
    ['accident.pdf'],
    ['cidre.jpg'],
  ])('%s is no sensitive document', (name) => {
    expect(classifyAttachment(name)).toBeNull();
  });

  it('reads the name after a path and ignores the extension', () => {
    expect(classifyAttachment('C:\\scans\\2025\\eid.pdf')?.type).toBe('identity-document');
    expect(classifyAttachment('/home/x/compromis.pdf.jpg')?.type).toBe('sale-agreement');
  });
});
