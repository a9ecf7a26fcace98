import type { Provenance } from '@/lib/provenance';
import { provenanceLines } from './provenance-text';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export type Attributes = Record<string, string | number>;

export type ElementFactory = (
  name: string,
  attributes?: Attributes,
  text?: string,
  ns?: string,
) => Element;

/** Dublin Core in RDF, as Inkscape writes it: the permalink is dc:source, the view it came from. */
export function svgMetadata(provenance: Provenance, element: ElementFactory): Element {
  const description = element('rdf:Description', {}, undefined, RDF_NS);
  description.setAttributeNS(RDF_NS, 'rdf:about', '');
  const describe = (name: string, value: string) => element(`dc:${name}`, {}, value, DC_NS);
  const details = provenanceLines(provenance, ['title', 'permalink']).join('\n');
  description.append(
    describe('title', provenance.title),
    describe('source', provenance.permalink),
    describe('publisher', provenance.source),
    describe('date', provenance.exportedAt),
    describe('language', provenance.language),
    describe('description', details),
  );
  const rdf = element('rdf:RDF', {}, undefined, RDF_NS);
  // Declared once here, or the serializer repeats xmlns:dc on every element.
  rdf.setAttributeNS(XMLNS_NS, 'xmlns:dc', DC_NS);
  rdf.append(description);
  const node = element('metadata');
  node.append(rdf);
  return node;
}
