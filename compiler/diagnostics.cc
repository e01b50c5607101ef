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
  out.append(text);
  out += '\n';
  out.append(static_cast<size_t>(col - 1), ' ');
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
  for (const Entry& e : entries_) out += FormatEntry(e);
  return out;
}

}  // namespace islet
