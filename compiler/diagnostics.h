// Collects compile errors and formats them the one way LANGUAGE.md prescribes:
// "path:line:col: Error: message", then the source line and a caret under the column.
// Does not decide what is an error (lexer, parser, resolver and code generator do) nor how the
// process exits (the runtime maps errors to exit code 254).

#ifndef ISLET_COMPILER_DIAGNOSTICS_H_
#define ISLET_COMPILER_DIAGNOSTICS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compiler/source.h"

namespace islet {

class Diagnostics {
 public:
  // One reported error. [file] may be nullptr for an error that belongs to no file.
  struct Entry {
    const SourceFile* file = nullptr;
    uint32_t offset = 0;
    uint32_t length = 1;  // Carets printed under the source line (at least one).
    std::string message;
  };

  // Reports [message] at byte [offset] of [file], which must outlive this object. A report
  // identical to an earlier one (same file, offset and message) is dropped: recovery paths may
  // meet the same problem twice and the user should read it once.
  void Error(const SourceFile* file, uint32_t offset, std::string message);
  // As above, with [length] carets (Dart underlines the whole offending token).
  void Error(const SourceFile* file, uint32_t offset, uint32_t length, std::string message);

  bool has_errors() const { return !entries_.empty(); }
  int error_count() const { return static_cast<int>(entries_.size()); }
  const std::vector<Entry>& entries() const { return entries_; }

  // The first kMaxPrintedErrors errors in report order, each as "path:line:col: Error:
  // message\n<line>\n<caret>\n", then how many more there were. A source line longer than
  // kMaxQuotedLine bytes is quoted around the error, with "..." where it is cut.
  std::string Format() const;
  static constexpr size_t kMaxPrintedErrors = 100;
  static constexpr size_t kMaxQuotedLine = 200;
  // One error formatted as above.
  static std::string FormatEntry(const Entry& entry);

 private:
  std::vector<Entry> entries_;
};

}  // namespace islet

#endif  // ISLET_COMPILER_DIAGNOSTICS_H_
