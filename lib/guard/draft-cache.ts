/**
 * Keeps the findings of a contenteditable body per top-level block, so a keystroke rescans one block only
 * (design.md: "only the edited block is rescanned"). A MutationObserver marks the blocks that changed; the
 * next `findings()` call rescans just those. A 100 KB draft costs one paragraph's scan per keystroke.
 */
import { scan } from '../detect/scan.ts';
import type { Finding, ScanOptions } from '../detect/types.ts';
import { extractText } from '../sites/common.ts';
import type { AnalysedFinding } from '../policy/types.ts';
import { analyseFindings } from './analyse.ts';

interface Block {
  text: string;
  findings: AnalysedFinding[];
}

/** What a block's findings are, regardless of where they sit. */
function signature(block: Block | undefined): string {
  return block ? block.findings.map((f) => `${f.type}:${f.confidence}:${f.value}`).join('\n') : '';
}

export class BodyFindings {
  private readonly blocks = new Map<Node, Block>();
  private readonly dirty = new Set<Node>();
  private all = true;
  private assembled: AnalysedFinding[] | null = null;
  /**
   * Changes only when the set of findings changes (a block gained or lost one), not when typing shifts offsets:
   * the inline warning re-decides only then.
   */
  version = 0;
  private readonly observer: MutationObserver;

  constructor(
    private readonly body: HTMLElement,
    private readonly options: ScanOptions,
  ) {
    const Observer = body.ownerDocument.defaultView!.MutationObserver;
    this.observer = new Observer((records) => {
      for (const r of records) {
        if (r.target === this.body) {
          // Blocks added or removed: only those change; the others keep their findings.
          r.addedNodes.forEach((n) => this.dirty.add(n));
          r.removedNodes.forEach((n) => this.dirty.add(n));
        } else {
          this.dirty.add(this.blockOf(r.target));
        }
      }
    });
    this.observer.observe(body, { subtree: true, childList: true, characterData: true });
  }

  /** The direct child of the body (element or text node) that holds `node`. */
  private blockOf(node: Node): Node {
    let n: Node = node;
    while (n.parentNode && n.parentNode !== this.body) n = n.parentNode;
    return n;
  }

  private scanBlock(node: Node): Block {
    const text = node.nodeType === 1 ? extractText(node as Element) : (node.textContent ?? '');
    const found: Finding[] = text ? scan(text, this.options) : [];
    return { text, findings: analyseFindings(text, found) };
  }

  /**
   * Current findings of the whole body, with offsets into the body's text as blocks joined by line breaks
   * (what the adapter's readDraft gives): the decision's "contact block" rule compares positions across blocks.
   */
  findings(): AnalysedFinding[] {
    this.refresh();
    // Nothing changed since the last call: the same array (callers may cache what they derived from it).
    if (this.assembled) return this.assembled;
    const out: AnalysedFinding[] = [];
    let offset = 0;
    for (let child = this.body.firstChild; child; child = child.nextSibling) {
      const b = this.blocks.get(child);
      if (!b) continue;
      for (const f of b.findings) out.push(offset === 0 ? f : { ...f, start: f.start + offset, end: f.end + offset });
      offset += b.text.length + 1;
    }
    this.assembled = out;
    return out;
  }

  /**
   * Rescans the blocks edited since the last look and returns `version`. Cheaper than findings(): a keystroke
   * whose block keeps its findings leaves the version as it was, and the caller's decision stands without the
   * draft-wide list being rebuilt (that is thousands of objects in a long thread).
   */
  refresh(): number {
    if (!this.all && this.dirty.size === 0) return this.version;
    this.assembled = null;
    if (this.all) {
      this.blocks.clear();
      for (const child of Array.from(this.body.childNodes)) this.blocks.set(child, this.scanBlock(child));
      this.all = false;
      this.version++;
    } else {
      for (const node of this.dirty) {
        const before = this.blocks.get(node);
        if (node.parentNode === this.body) {
          const after = this.scanBlock(node);
          this.blocks.set(node, after);
          if (signature(before) !== signature(after)) this.version++;
        } else if (before) {
          this.blocks.delete(node);
          if (before.findings.length > 0) this.version++;
        }
      }
    }
    this.dirty.clear();
    return this.version;
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}
