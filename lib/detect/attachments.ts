/**
 * Document type of an attachment from its file name (and MIME type): identity documents, deeds,
 * succession documents and sale agreements, in French, Dutch, English and German.
 * The name is normalised first: extension dropped, camelCase and letter/digit boundaries split,
 * accents stripped, every separator (_ - . spaces ' ’ parentheses) turned into one space, so
 * "carte_identite_recto.jpg", "ID-kaart Jan.pdf", "CI_verso.png", "scanEID.jpeg" all read as words.
 * Terms match whole words only: "identite_visuelle_logo.png" (brand identity) has no ID term,
 * "PEB_certificat.pdf", "plan_cadastral.pdf", "photo_facade.jpg" have none either.
 */
import { stripAccents } from './chars.ts';
import type { Confidence, DocumentFindingType } from './types.ts';

/** Strong terms name the document; weak ones ("CI", "recto") only hint at it. */
interface Term {
  readonly words: string;
  readonly type: DocumentFindingType;
  readonly strong: boolean;
}

/** A term and, for file names that drop the small words, its variant without them ("acte achat"). */
const term =
  (type: DocumentFindingType, strong: boolean) =>
  (words: string): Term[] => {
    const short = words.replace(/\b(?:d|de|du|des|van) /g, '');
    return short === words ? [{ words, type, strong }] : [{ words, type, strong }, { words: short, type, strong }];
  };

const TERMS: readonly Term[] = [
  ...[
    'carte d identite', 'carte identite', 'piece d identite', 'piece identite', 'eid', 'e id', 'identiteitskaart',
    'identiteitsbewijs', 'id kaart', 'idkaart', 'kids id', 'identity card', 'id card', 'idcard', 'passeport', 'paspoort',
    'passport', 'reisepass', 'personalausweis', 'ausweis', 'cni', 'titre de sejour', 'carte de sejour', 'verblijfskaart',
    'verblijfstitel', 'verblijfsvergunning', 'residence permit', 'rijbewijs', 'permis de conduire', 'permis conduire',
    'driving licence', 'driving license', 'drivers license', 'driver license', 'fuhrerschein', 'fuehrerschein',
    'recto verso',
  ].flatMap(term('identity-document', true)),
  ...['ci', 'id', 'recto', 'verso'].flatMap(term('identity-document', false)),
  ...[
    'declaration de succession', 'attestation d heredite', 'acte d heredite', 'certificat d heritier', 'certificat successoral',
    'acte de notoriete', 'erfopvolging', 'nalatenschap', 'verklaring van erfrecht', 'erbschein',
  ].flatMap(term('succession-document', true)),
  ...['succession', 'heredite', 'erfrecht', 'erfenis', 'inheritance', 'testament'].flatMap(term('succession-document', false)),
  ...[
    'acte d achat', 'acte de vente', 'acte authentique', 'acte notarie', 'acte notarial', 'aankoopakte', 'notariele akte',
    'akte van aankoop', 'verkoopakte', 'titre de propriete', 'acte de propriete', 'eigendomstitel', 'eigendomsakte', 'title deed',
  ].flatMap(term('deed', true)),
  ...['deed'].flatMap(term('deed', false)),
  ...[
    'compromis de vente', 'verkoopovereenkomst', 'verkoopsovereenkomst', 'koopovereenkomst', 'sale agreement', 'sales agreement',
    'purchase agreement', 'promesse de vente', 'contrat de vente', 'kaufvertrag',
  ].flatMap(term('sale-agreement', true)),
  ...['compromis'].flatMap(term('sale-agreement', false)),
];

/** When several types match, the more sensitive wins at equal confidence. */
const PRIORITY: readonly DocumentFindingType[] = ['identity-document', 'succession-document', 'deed', 'sale-agreement'];
const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };
const IMAGE_EXTENSIONS = /^(?:jpe?g|png|heic|heif|webp|gif|bmp|tiff?)$/i;

export function classifyAttachment(
  fileName: string,
  mimeType?: string,
): { type: DocumentFindingType; confidence: Confidence } | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(base);
  const stem = ext === null ? base : base.slice(0, ext.index);
  const image = (mimeType ?? '').toLowerCase().startsWith('image/') || (ext !== null && IMAGE_EXTENSIONS.test(ext[1]!));
  const words = ` ${normalise(stem)} `;
  let best: { type: DocumentFindingType; confidence: Confidence } | null = null;
  for (const type of PRIORITY) {
    let strong = 0;
    let weak = 0;
    for (const t of TERMS) {
      if (t.type === type && words.includes(` ${t.words} `)) {
        if (t.strong) strong++;
        else weak++;
      }
    }
    const confidence = confidenceOf(type, strong, weak, image);
    if (confidence !== null && (best === null || RANK[confidence] > RANK[best.confidence])) best = { type, confidence };
  }
  return best;
}

/**
 * Identity documents: a strong term (or two hints, "CI_verso") is high on an image, medium
 * otherwise; one hint is medium on an image, low otherwise. Other documents: high with a strong
 * term, medium with a single generic word ("compromis.pdf", "succession.pdf").
 */
function confidenceOf(type: DocumentFindingType, strong: number, weak: number, image: boolean): Confidence | null {
  if (type === 'identity-document') {
    if (strong > 0 || weak >= 2) return image ? 'high' : 'medium';
    if (weak === 1) return image ? 'medium' : 'low';
    return null;
  }
  if (strong > 0) return 'high';
  return weak > 0 ? 'medium' : null;
}

function normalise(stem: string): string {
  const split = stem
    .replace(/([a-zà-ÿ])([A-ZÀ-Þ])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-zÀ-ÿ])(\d)|(\d)([A-Za-zÀ-ÿ])/g, '$1$3 $2$4');
  return stripAccents(split.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
