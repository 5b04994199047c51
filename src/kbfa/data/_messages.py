"""Messages of the data layer (Swedish first, English on request)."""

from __future__ import annotations

from kbfa.i18n import Catalogue

MESSAGES: Catalogue = {
    # -- where ---------------------------------------------------------------
    "column": {"sv": 'kolumn "{name}"', "en": 'column "{name}"'},
    # -- reading files ---------------------------------------------------------
    "not_found": {
        "sv": "filen finns inte (sökvägen räknas från konfigurationens mapp)",
        "en": "file not found (the path is relative to the config's folder)",
    },
    "unreadable": {"sv": "kan inte läsa filen: {reason}", "en": "cannot read the file: {reason}"},
    "too_big": {
        "sv": "filen är {size} MB; kbfa läser statistikfiler upp till {limit} MB",
        "en": "the file is {size} MB; kbfa reads statistics files up to {limit} MB",
    },
    "not_json": {
        "sv": "filen är inte giltig JSON: {reason}",
        "en": "the file is not valid JSON: {reason}",
    },
    "json_too_deep": {
        "sv": "filens JSON är nästlad för djupt för att läsas (listor eller objekt i "
        "varandra i omkring tusen nivåer); en statistikfil har bara några få",
        "en": "the file's JSON is nested too deeply to be read (lists or objects inside "
        "each other about a thousand levels deep); a statistics file has only a few",
    },
    "bad_extension": {
        "sv": 'okänd filtyp "{ext}": en tabell läses från .csv, .txt eller .xlsx',
        "en": 'unknown file type "{ext}": a table is read from .csv, .txt or .xlsx',
    },
    "csv_long_cell": {
        "sv": 'en cell är längre än {limit} tecken; oftast ett citattecken (") som aldrig '
        "avslutas, så att resten av filen blir en enda cell",
        "en": 'a cell is longer than {limit} characters; usually a quotation mark (") that is '
        "never closed, so that the rest of the file becomes one cell",
    },
    "csv_unreadable": {
        "sv": "filen kan inte läsas som CSV härifrån: {reason}",
        "en": "the file cannot be read as CSV from here: {reason}",
    },
    "not_xlsx": {
        "sv": "filen är ingen läsbar XLSX-arbetsbok: {reason}",
        "en": "the file is not a readable XLSX workbook: {reason}",
    },
    "xlsx_bomb": {
        "sv": "arbetsboken packas upp till {size} MB; kbfa läser högst {limit} MB",
        "en": "the workbook unpacks to {size} MB; kbfa reads at most {limit} MB",
    },
    "no_sheet": {
        "sv": 'bladet "{sheet}" finns inte; arbetsboken har {sheets}',
        "en": 'the sheet "{sheet}" does not exist; the workbook has {sheets}',
    },
    "empty": {"sv": "filen har inga rader", "en": "the file has no rows"},
    "missing_column": {
        "sv": 'mapping.{key} pekar på kolumnen "{name}", som inte finns; rubrikerna är {headings}',
        "en": 'mapping.{key} names the column "{name}", which does not exist; the headings '
        "are {headings}",
    },
    # -- values --------------------------------------------------------------
    "not_number": {
        "sv": 'förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick {got}',
        "en": "expected a number (e.g. 12,5), '..' or an empty cell, got {got}",
    },
    "negative_count": {
        "sv": "ett antal kan inte vara negativt: {got}",
        "en": "a count cannot be negative: {got}",
    },
    "not_whole_count": {
        "sv": "ett antal är ett heltal, högst {limit} på en rad: {got}",
        "en": "a count is a whole number, at most {limit} on a row: {got}",
    },
    "not_year": {
        "sv": "förväntade ett årtal (t.ex. 2024), fick {got}",
        "en": "expected a year (e.g. 2024), got {got}",
    },
    "year_outside": {
        "sv": "året {year} ligger utanför datan: statistik hämtad {retrieved} kan inte gälla "
        "efter {last} eller före {first}",
        "en": "the year {year} is outside the data: statistics retrieved {retrieved} cannot "
        "be for after {last} or before {first}",
    },
    "not_date": {
        "sv": "förväntade ett datum (ÅÅÅÅ-MM-DD), fick {got}",
        "en": "expected a date (YYYY-MM-DD), got {got}",
    },
    "bad_area": {
        "sv": 'okänd områdeskod {got}: riket är "0000", ett län "00" + länskod, en kommun '
        "sin fyrsiffriga kommunkod",
        "en": "unknown area code {got}: the country is '0000', a county '00' + county code, a "
        "municipality its four-digit code",
    },
    "unknown_area_name": {
        "sv": "okänt område {got}: ange dess kod under areas i datasetet",
        "en": "unknown area {got}: give its code under areas in the dataset",
    },
    "bad_gender": {
        "sv": "okänt kön {got}: T, K, M eller totalt, kvinnor, män",
        "en": "unknown gender {got}: T, K, M or totalt, kvinnor, män",
    },
    "mixed_units": {
        "sv": "enheten {got} skiljer sig från {first} på rad {row} i samma serie",
        "en": "the unit {got} differs from {first} on row {row} in the same series",
    },
    "unit_clash": {
        "sv": 'enheten {got} stämmer inte med datasetets unit = "{unit}"',
        "en": 'the unit {got} does not match the dataset\'s unit = "{unit}"',
    },
    "duplicate": {
        "sv": "samma serie, område och period finns redan på rad {first}",
        "en": "the same series, area and period is already on row {first}",
    },
    # -- Kolada --------------------------------------------------------------
    "kolada_shape": {
        "sv": "förväntade Koladas svar (API v3): {expected}",
        "en": "expected Kolada's response (API v3): {expected}",
    },
    "kolada_partial": {
        "sv": "filen är bara en sida av Koladas svar (next_url pekar på fler sidor); "
        "hämta hela svaret med kbfa data fetch kolada",
        "en": "the file is only one page of Kolada's response (next_url points to more "
        "pages); fetch the whole response with kbfa data fetch kolada",
    },
    "kolada_error": {
        "sv": "filen innehåller ett felsvar från Kolada, inga värden: {detail}",
        "en": "the file holds an error response from Kolada, no values: {detail}",
    },
    # -- JSON-stat -----------------------------------------------------------
    "jsonstat_shape": {
        "sv": "förväntade ett JSON-stat 2.0-dataset: {expected}",
        "en": "expected a JSON-stat 2.0 dataset: {expected}",
    },
    "jsonstat_size": {
        "sv": "size säger {cells} celler men value har {values}",
        "en": "size says {cells} cells but value has {values}",
    },
    "jsonstat_dimension": {
        "sv": "dimensionen {dim} har {n} kategorier; välj en i uttaget (t.ex. totalt) eller "
        "ange den som mapping",
        "en": "the dimension {dim} has {n} categories; select one in the query (e.g. the total)",
    },
    "jsonstat_categories": {
        "sv": "size säger {n} kategorier för dimensionen {dim} men category.index har {found}",
        "en": "size says {n} categories for the dimension {dim} but category.index has {found}",
    },
    "jsonstat_too_big": {
        "sv": "size säger {cells} celler; kbfa läser JSON-stat med högst {limit} celler "
        "(befolkningen för alla kommuner i 50 år är omkring 16 000)",
        "en": "size says {cells} cells; kbfa reads JSON-stat of at most {limit} cells "
        "(the population of every municipality over 50 years is about 16 000)",
    },
    "jsonstat_no_dim": {
        "sv": "hittar ingen dimension för {what} (role {role} eller id {names})",
        "en": "no dimension for {what} (role {role} or id {names})",
    },
    # -- the config's view ----------------------------------------------------
    "no_series": {
        "sv": "serien {series} finns inte i filen; den har {found}",
        "en": "the series {series} is not in the file; it has {found}",
    },
    "which_series": {
        "sv": "filen har flera serier ({found}); ange series",
        "en": "the file has several series ({found}); give series",
    },
    "no_own_area": {
        "sv": "filen har inga värden för kommunen ({code}) i serien {series}; den har "
        "områdena {found}. Är den hämtad för rätt kommun?",
        "en": "the file has no values for the municipality ({code}) in the series {series}; "
        "it has the areas {found}. Was it fetched for the right municipality?",
    },
    "no_kommunkod": {
        "sv": 'kommunkod behövs för att läsa indikatorernas statistik (t.ex. kommunkod = "0685")',
        "en": 'a kommunkod is needed to read the indicators\' statistics (e.g. kommunkod = "0685")',
    },
    "baseline_outside": {
        "sv": "utgångsåret {year} finns inte i datan för kommunen, som har åren {first}–{last}",
        "en": "the baseline year {year} is not in the municipality's data, which has the "
        "years {first}–{last}",
    },
    "retrieved_differs": {
        "sv": "filen hämtades {file} enligt sin egen proveniens, inte {config}; skriv "
        "retrieved = {file}",
        "en": "the file was retrieved {file} by its own provenance, not {config}; write "
        "retrieved = {file}",
    },
    # -- notes on values -------------------------------------------------------
    "weeks": {
        "sv": "{n} av {m} veckor rapporterade",
        "en": "{n} of {m} weeks reported",
    },
    "ongoing": {"sv": "perioden pågår", "en": "the period is ongoing"},
    "rows_without_count": {
        "sv": "rader utan antal: {n}",
        "en": "rows without a count: {n}",
    },
    "source_status": {"sv": "källans status: {status}", "en": "the source's status: {status}"},
    "zero_denominator": {
        "sv": "nämnaren är 0",
        "en": "the denominator is 0",
    },
}
