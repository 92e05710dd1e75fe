// planlens_xlsx.c — a thin shim over libxlsxwriter (Debian's libxlsxwriter-dev), so its types
// never reach Swift.
#include "planlens_xlsx.h"

#include <xlsxwriter.h>

void *pl_xlsx_open(const char *path, int64_t created) {
  lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
  lxw_workbook *workbook = workbook_new_opt(path, &options);
  if (!workbook) return NULL;
  lxw_doc_properties properties = {0};
  properties.created = (time_t)created;
  workbook_set_properties(workbook, &properties);
  return workbook;
}

void *pl_xlsx_add_sheet(void *workbook, const char *name) {
  if (workbook_validate_sheet_name((lxw_workbook *)workbook, name) != LXW_NO_ERROR) return NULL;
  return workbook_add_worksheet((lxw_workbook *)workbook, name);
}

void *pl_xlsx_bold_format(void *workbook) {
  lxw_format *format = workbook_add_format((lxw_workbook *)workbook);
  if (format) format_set_bold(format);
  return format;
}

int32_t pl_xlsx_write_string(void *sheet, uint32_t row, uint16_t column, const char *text, void *format) {
  return worksheet_write_string((lxw_worksheet *)sheet, row, column, text, (lxw_format *)format);
}

int32_t pl_xlsx_write_number(void *sheet, uint32_t row, uint16_t column, double value) {
  return worksheet_write_number((lxw_worksheet *)sheet, row, column, value, NULL);
}

int32_t pl_xlsx_layout(void *sheet, uint16_t columns, double width) {
  lxw_worksheet *s = (lxw_worksheet *)sheet;
  worksheet_freeze_panes(s, 1, 1);
  if (columns == 0) return LXW_NO_ERROR;
  return worksheet_set_column(s, 0, (lxw_col_t)(columns - 1), width, NULL);
}

int32_t pl_xlsx_close(void *workbook) { return workbook_close((lxw_workbook *)workbook); }

const char *pl_xlsx_error(int32_t code) { return lxw_strerror((lxw_error)code); }
