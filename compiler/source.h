// One source file: its text, its URI and the path diagnostics print, plus a line-start table
// that maps byte offsets to 1-based lines and columns. Does not read files (the runtime's module
// loader does) and does not format errors (diagnostics.cc). Immutable after construction.

#ifndef ISLET_COMPILER_SOURCE_H_
#define ISLET_COMPILER_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace islet {

// Offsets are byte offsets into text() (UTF-8). Columns count UTF-16 code units, as the Dart
// front end does, so a column matches Dart's for any text (a character outside the Basic
// Multilingual Plane counts two).
class SourceFile {
 public:
  // [uri] names the file for stack traces ("file:///abs/a.dart", "dart:core/list.dart");
  // [path] is what diagnostics print (the path as given on the command line).
  SourceFile(std::string uri, std::string path, std::string text);

  const std::string& uri() const { return uri_; }
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // The number of lines; a final line without a newline counts, an empty text has one line.
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  // 1-based [line] and [col] of [offset]. An offset past the end maps to the end of the text.
  void LineCol(uint32_t offset, int* line, int* col) const;

  // The text of 1-based [line] without its line terminator; empty for a line out of range.
  std::string_view LineText(int line) const;

 private:
  std::string uri_;
  std::string path_;
  std::string text_;
  // Byte offset of the first character of each line. Line terminators are "\n", "\r\n" and a
  // lone "\r", as in the Dart scanner.
  std::vector<uint32_t> line_starts_;
  // Per line: true when it is all ASCII, so a column is a byte distance (else LineCol counts
  // the UTF-16 units of the line up to the offset).
  std::vector<bool> line_ascii_;
};

}  // namespace islet

#endif  // ISLET_COMPILER_SOURCE_H_
