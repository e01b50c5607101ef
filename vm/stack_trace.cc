// Stack traces: capturing the active frames as a StackTrace object, and printing one in the
// Dart VM's format: "#0      main (file:///abs/a.dart:3:5)", innermost first, one per line.
// Does not decide when traces are captured (Interpreter::Throw) or how errors print.

#include <algorithm>

#include "vm/interpreter.h"

namespace islet {

namespace {

// The source position of the instruction at [offset], from the line table (last entry at or
// before it); false when the function has no line information there.
bool PositionOf(const FunctionDesc& d, uint32_t offset, int* line, int* column) {
  const auto& lines = d.lines;
  auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                             [](uint32_t pc, const LineEntry& e) { return pc < e.pc; });
  if (it == lines.begin()) return false;
  --it;
  *line = it->line;
  *column = it->column;
  return true;
}

}  // namespace

Value Interpreter::CurrentStackTrace() {
  size_t n = frame_count_ - 1;  // Frame 0 is the C++ sentinel.
  // Below a resumed async body are only the event loop and dart:async's machinery: like the
  // Dart VM, the trace ends there with an "<asynchronous suspension>" marker (a null entry).
  for (size_t i = 0; i < n; i++) {
    if (frames_[frame_count_ - 1 - i].is_resumed) {
      n = i + 2;
      break;
    }
  }
  Value frames = NewArray(static_cast<int64_t>(2 * n));
  if (frames.IsException()) return frames;
  Value* data = ArrayData(frames);
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && frames_[frame_count_ - i].is_resumed) {
      data[2 * i] = Value::RawPointer<Function>(nullptr);
      data[2 * i + 1] = Value::Smi(0);
      break;
    }
    const Frame& f = frames_[frame_count_ - 1 - i];
    uint32_t offset = 0;
    if (f.function->native == nullptr && f.pc != nullptr && f.pc > f.function->code) {
      offset = static_cast<uint32_t>(f.pc - f.function->code) - 1;
    }
    data[2 * i] = Value::RawPointer(f.function);
    data[2 * i + 1] = Value::Smi(offset);
  }
  Handle h(&heap_, frames);
  HeapObject* st = Allocate(kStackTraceCid, 3, 0);
  if (st == nullptr) return ThrowOutOfMemory();
  st->slots()[0] = h.get();
  st->slots()[1] = Value::Null();
  return Value::Object(st);
}

std::string Interpreter::StackTraceToString(Value stack_trace) {
  std::string out;
  if (!IsCid(stack_trace, kStackTraceCid)) return out;
  Value frames = stack_trace.object()->slots()[0];
  int64_t n = ArrayLength(frames) / 2;
  for (int64_t i = 0; i < n; i++) {
    auto* f = ArrayData(frames)[2 * i].AsRawPointer<Function>();
    if (f == nullptr) {
      out += "<asynchronous suspension>\n";
      continue;
    }
    uint32_t offset = static_cast<uint32_t>(ArrayData(frames)[2 * i + 1].SmiValue());
    std::string head = "#" + std::to_string(i);
    head.resize(std::max<size_t>(head.size() + 1, 8), ' ');
    out += head;
    // As the Dart VM names them: "new Point", "new Point.origin" (factories too).
    if (f->desc->kind == FunctionDesc::kConstructor || f->desc->kind == FunctionDesc::kFactory) {
      out += "new ";
    }
    out += f->desc->name;
    out += " (";
    out += f->library_uri != nullptr ? *f->library_uri : std::string("<unknown>");
    int line, column;
    if (f->native == nullptr && PositionOf(*f->desc, offset, &line, &column)) {
      out += ":" + std::to_string(line) + ":" + std::to_string(column);
    }
    out += ")\n";
  }
  return out;
}

std::string Interpreter::DescribePendingException() {
  Handle ex(&heap_, pending_exception_);
  Handle st(&heap_, pending_stack_);
  ClearPendingException();
  std::string text;
  Value s = ToString(ex.get());
  if (s.IsException()) {
    ClearPendingException();
    text = ValueForMessage(ex.get());
  } else {
    text = StringToUtf8(s);
  }
  return "Unhandled exception:\n" + text + "\n" + StackTraceToString(st.get());
}

}  // namespace islet
