// Writes plan-web/src/main/resources/map/us-states.tsv: one line per state and DC, "USPS code<TAB>SVG path",
// from us-atlas's states-albers-10m.json (U.S. Census Bureau cartographic boundaries, 1:10m, public domain),
// already projected with d3.geoAlbersUsa (Alaska and Hawaii inset) into a 975 x 610 box. Run once:
//   cd tools/map && npm install && npm run build
import { readFileSync, writeFileSync } from "node:fs";
import { geoPath } from "d3-geo";
import { feature } from "topojson-client";

const FIPS = {
  "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE", "11": "DC",
  "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA", "20": "KS", "21": "KY",
  "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT",
  "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND", "39": "OH",
  "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT",
  "50": "VT", "51": "VA", "53": "WA", "54": "WV", "55": "WI", "56": "WY",
};

const topology = JSON.parse(readFileSync(new URL("./node_modules/us-atlas/states-albers-10m.json", import.meta.url)));
const states = feature(topology, topology.objects.states).features;
const path = geoPath().digits(0);
const lines = states
  .filter((state) => FIPS[state.id])
  .map((state) => {
    const [[x0, y0], [x1, y1]] = path.bounds(state);
    const cx = ((x0 + x1) / 2).toFixed(0);
    const cy = ((y0 + y1) / 2).toFixed(0);
    return `${FIPS[state.id]}\t${cx}\t${cy}\t${path(state)}`;
  })
  .sort();
if (lines.length !== 51) {
  throw new Error(`expected 50 states and DC, got ${lines.length}`);
}
const out = new URL("../../plan-web/src/main/resources/map/us-states.tsv", import.meta.url);
writeFileSync(out, "# code\tlabel-x\tlabel-y\tpath (us-atlas 3.0.1 states-albers-10m, U.S. Census Bureau, public domain; 975x610)\n"
  + lines.join("\n") + "\n");
console.log(`wrote ${lines.length} states to ${out.pathname}`);
