// Diagnostics: storing errors and printing them in Dart's format (path:line:col, source line,
// caret). Owns no policy about which errors exist.

#include "compiler/diagnostics.h"

#include <algorithm>

namespace islet {

void Diagnostics::Error(const SourceFile* file, uint32_t offset, std::string message) {
  Error(file, offset, 1, std::move(message));
}

void Diagnostics::Error(const SourceFile* file, uint32_t offset, uint32_t length,
                        std::string message) {
  for (const Entry& e : entries_) {
    if (e.file == file && e.offset == offset && e.message == message) return;
  }
  entries_.push_back(Entry{file, offset, std::max<uint32_t>(length, 1), std::move(message)});
}

std::string Diagnostics::FormatEntry(const Entry& entry) {
  if (entry.file == nullptr) return "Error: " + entry.message + "\n";
  int line = 0;
  int col = 0;
  entry.file->LineCol(entry.offset, &line, &col);
  std::string out = entry.file->path() + ":" + std::to_string(line) + ":" + std::to_string(col) +
                    ": Error: " + entry.message + "\n";
  std::string_view text = entry.file->LineText(line);
  size_t indent = static_cast<size_t>(col - 1);
  if (text.size() > kMaxQuotedLine) {
    // A long line (a generated or minified program) is quoted around the error only.
    size_t at =
        std::min<size_t>(entry.offset - (text.data() - entry.file->text().data()), text.size());
    size_t start = at > kMaxQuotedLine / 2 ? at - kMaxQuotedLine / 2 : 0;
    while (start > 0 && (static_cast<uint8_t>(text[start]) & 0xC0) == 0x80) start--;
    size_t end = std::min(text.size(), start + kMaxQuotedLine);
    while (end < text.size() && (static_cast<uint8_t>(text[end]) & 0xC0) == 0x80) end++;
    // Columns count UTF-16 code units: those of the cut text are not indented for.
    size_t cut_units = 0;
    for (size_t i = 0; i < start; i++) {
      auto byte = static_cast<uint8_t>(text[i]);
      if ((byte & 0xC0) != 0x80) cut_units += byte >= 0xF0 ? 2 : 1;
    }
    indent = indent - std::min(indent, cut_units) + (start > 0 ? 3 : 0);
    out += start > 0 ? "..." : "";
    out.append(text.substr(start, end - start));
    out += end < text.size() ? "..." : "";
  } else {
    out.append(text);
  }
  out += '\n';
  out.append(indent, ' ');
  // Underline the token but never past the end of its line.
  int end_line = 0;
  int end_col = 0;
  entry.file->LineCol(entry.offset + entry.length, &end_line, &end_col);
  int carets = end_line == line ? std::max(1, end_col - col) : 1;
  out.append(static_cast<size_t>(carets), '^');
  out += '\n';
  return out;
}

std::string Diagnostics::Format() const {
  std::string out;
  size_t shown = std::min(entries_.size(), kMaxPrintedErrors);
  for (size_t i = 0; i < shown; i++) out += FormatEntry(entries_[i]);
  if (entries_.size() > shown) {
    out += "Error: " + std::to_string(entries_.size() - shown) + " more errors not shown.\n";
  }
  return out;
}

}  // namespace islet
