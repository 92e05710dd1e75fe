// planlens_xlsx.h — the only header Swift sees of Debian's libxlsxwriter.
//
// Plain C types only: no libxlsxwriter type appears here; the workbook and its sheets are opaque
// handles. Text crosses the boundary as NUL-terminated UTF-8. Functions return 0 on success and a
// libxlsxwriter error code (> 0) on failure; pl_xlsx_error names one.
#ifndef PLANLENS_XLSX_H
#define PLANLENS_XLSX_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A new workbook to be written to `path` when closed, or NULL when it cannot be created.
/// `created` (seconds since 1970) is recorded as its creation time and the time of every part,
/// so the same rows give the same bytes.
void *pl_xlsx_open(const char *path, int64_t created);

/// Adds a sheet named `name` (at most 31 characters, none of []:*?/\) and returns its handle,
/// or NULL when the name is refused.
void *pl_xlsx_add_sheet(void *workbook, const char *name);

/// A bold cell format of `workbook`, for header rows (freed with the workbook).
void *pl_xlsx_bold_format(void *workbook);

/// Writes `text` into the cell at `row`, `column` (0-based), in `format` (NULL for the default).
int32_t pl_xlsx_write_string(void *sheet, uint32_t row, uint16_t column, const char *text, void *format);

/// Writes a number into the cell at `row`, `column` (0-based).
int32_t pl_xlsx_write_number(void *sheet, uint32_t row, uint16_t column, double value);

/// Freezes the first row and column and sets the width of `columns` columns to `width` characters.
int32_t pl_xlsx_layout(void *sheet, uint16_t columns, double width);

/// Writes the workbook to its path and frees it (the handle is invalid afterwards).
int32_t pl_xlsx_close(void *workbook);

/// A description of a libxlsxwriter error code.
const char *pl_xlsx_error(int32_t code);

#ifdef __cplusplus
}
#endif

#endif
