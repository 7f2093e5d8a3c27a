import { toPng } from 'html-to-image';

/**
 * The map as the reader sees it, legend and credits included, as a PNG data URL. html-to-image
 * draws the DOM itself (the basemap's canvas tiles, copied as images; Leaflet's SVG lines; the
 * DOM markers; the HTML legend) through an SVG foreignObject; leaflet-image draws only tiles and
 * paths (no div markers, no legend), and
 * redrawing every symbol on a canvas by hand would copy all their styling. No network: the map
 * has no tiles and the app no web fonts.
 */
export async function mapImage(mapArea: HTMLElement): Promise<string> {
  return toPng(mapArea, {
    backgroundColor: '#ffffff',
    pixelRatio: 1,
    // The zoom buttons and skip targets are controls, not part of the picture.
    filter: (node) =>
      !(node instanceof HTMLElement && node.classList.contains('leaflet-control-zoom')),
  });
}
