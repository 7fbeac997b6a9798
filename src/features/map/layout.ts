/**
 * Where each force sits on the hexagon cartogram: column and row on a grid of pointy-topped hexagons
 * whose odd rows are shifted half a hexagon east. Roughly geographic: Northumbria top right, Devon
 * and Cornwall bottom left, the Welsh forces on the west. Keyed by organisation code (reference data).
 * `short` is the label drawn inside the hexagon; the full name is in its link, tooltip and the table.
 */
export interface HexPlace {
  col: number
  row: number
  short: string
}

export const forceGrid: Record<string, HexPlace> = {
  northumbria: { col: 5, row: 0, short: 'NBR' },
  cumbria: { col: 3, row: 1, short: 'CUM' },
  durham: { col: 4, row: 1, short: 'DUR' },
  cleveland: { col: 5, row: 1, short: 'CLE' },
  lancashire: { col: 3, row: 2, short: 'LAN' },
  'north-yorkshire': { col: 4, row: 2, short: 'NYK' },
  humberside: { col: 5, row: 2, short: 'HUM' },
  merseyside: { col: 2, row: 3, short: 'MER' },
  'greater-manchester': { col: 3, row: 3, short: 'GMP' },
  'west-yorkshire': { col: 4, row: 3, short: 'WYK' },
  'south-yorkshire': { col: 5, row: 3, short: 'SYK' },
  'north-wales': { col: 1, row: 4, short: 'NWA' },
  cheshire: { col: 2, row: 4, short: 'CHE' },
  derbyshire: { col: 3, row: 4, short: 'DER' },
  nottinghamshire: { col: 4, row: 4, short: 'NOT' },
  lincolnshire: { col: 5, row: 4, short: 'LIN' },
  'dyfed-powys': { col: 0, row: 5, short: 'DYP' },
  'west-mercia': { col: 1, row: 5, short: 'WMC' },
  staffordshire: { col: 2, row: 5, short: 'STA' },
  leicestershire: { col: 3, row: 5, short: 'LEI' },
  cambridgeshire: { col: 4, row: 5, short: 'CAM' },
  norfolk: { col: 5, row: 5, short: 'NFK' },
  'south-wales': { col: 0, row: 6, short: 'SWA' },
  gwent: { col: 1, row: 6, short: 'GWE' },
  'west-midlands': { col: 2, row: 6, short: 'WMP' },
  warwickshire: { col: 3, row: 6, short: 'WAR' },
  northamptonshire: { col: 4, row: 6, short: 'NTH' },
  suffolk: { col: 5, row: 6, short: 'SUF' },
  gloucestershire: { col: 1, row: 7, short: 'GLO' },
  'thames-valley': { col: 2, row: 7, short: 'TVP' },
  bedfordshire: { col: 3, row: 7, short: 'BED' },
  hertfordshire: { col: 4, row: 7, short: 'HRT' },
  essex: { col: 5, row: 7, short: 'ESX' },
  'avon-and-somerset': { col: 1, row: 8, short: 'ASP' },
  wiltshire: { col: 2, row: 8, short: 'WIL' },
  metropolitan: { col: 3, row: 8, short: 'MET' },
  'city-of-london': { col: 4, row: 8, short: 'COL' },
  kent: { col: 5, row: 8, short: 'KEN' },
  'devon-and-cornwall': { col: 0, row: 9, short: 'DC' },
  dorset: { col: 1, row: 9, short: 'DOR' },
  hampshire: { col: 2, row: 9, short: 'HAM' },
  surrey: { col: 3, row: 9, short: 'SUR' },
  sussex: { col: 4, row: 9, short: 'SSX' },
}

/** The national bodies, in a row of their own under the map. */
export const nationalRow: Record<string, HexPlace> = {
  'british-transport-police': { col: 0, row: 11, short: 'BTP' },
  'civil-nuclear': { col: 1, row: 11, short: 'CNC' },
  'ministry-of-defence': { col: 2, row: 11, short: 'MDP' },
  'national-crime-agency': { col: 3, row: 11, short: 'NCA' },
}
