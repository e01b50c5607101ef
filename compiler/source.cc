// SourceFile: the line table and the offset -> line/column mapping. Columns count UTF-16 code
// units so that they agree with the Dart front end on non-ASCII text.

#include "compiler/source.h"

#include <algorithm>

namespace islet {

SourceFile::SourceFile(std::string uri, std::string path, std::string text)
    : uri_(std::move(uri)), path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  line_ascii_.push_back(true);
  for (uint32_t i = 0; i < text_.size(); i++) {
    char c = text_[i];
    if (c == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') i++;
      line_starts_.push_back(i + 1);
      line_ascii_.push_back(true);
    } else if (c == '\n') {
      line_starts_.push_back(i + 1);
      line_ascii_.push_back(true);
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      line_ascii_.back() = false;
    }
  }
}

void SourceFile::LineCol(uint32_t offset, int* line, int* col) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  // The last line start that is <= offset.
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  *line = static_cast<int>(index) + 1;
  if (line_ascii_[index]) {
    // One byte, one code unit: no scan, so a long line costs no more per position than a short
    // one (the code generator asks for every statement's position).
    *col = static_cast<int>(offset - line_starts_[index]) + 1;
    return;
  }
  int units = 0;
  for (uint32_t i = line_starts_[index]; i < offset; i++) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if ((c & 0xC0) == 0x80) continue;           // A continuation byte adds nothing.
    units += (c >= 0xF0 && c <= 0xF4) ? 2 : 1;  // A 4-byte sequence is a surrogate pair.
  }
  *col = units + 1;
}

std::string_view SourceFile::LineText(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] : text_.size();
  std::string_view view(text_);
  view = view.substr(start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

}  // namespace islet
