// Messages between isolates. A message owns the pages its object graph was copied into (or,
// for Isolate.exit, every page of the exiting isolate's heap); the receiving isolate adopts
// those pages on delivery, so a message is copied once and delivered without another copy.
//
// The copier (message_copy.cc) is iterative, keeps cycles and shared sub-objects, shares the
// Program's immortal objects by reference, keeps identity hashes (so hash maps and sets need no
// rehashing), and remembers the const objects it copied so the receiver can replace them with
// its own canonical ones (constants and enum values keep their identity).

#ifndef ISLET_RUNTIME_MESSAGE_H_
#define ISLET_RUNTIME_MESSAGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vm/heap/heap.h"
#include "vm/interpreter.h"

namespace islet {

class IsolateGroup;

struct Message {
  int64_t port = 0;
  std::unique_ptr<Heap> heap;  // Pages to adopt; null when the value needs none.
  Value value = Value::Null();
  // Slots (inside [heap]) holding a copied const object, and whether [value] itself is one.
  std::vector<Value*> canonical_slots;
  bool value_is_canonical = false;
  // The isolate group the message was copied in, when its receiver was not known then (the
  // responses of control requests): delivery to another group rebases it (RebaseMessage).
  std::shared_ptr<IsolateGroup> origin;
  int64_t arrival_micros = 0;  // Monotonic time of enqueueing (orders messages and timers).
  uint64_t sequence = 0;

  // Adopts the pages into [receiver]'s heap and returns the delivered value, with const objects
  // canonicalized in the receiver. Allocates nothing.
  Value Deliver(Interpreter* receiver);
};

// Copies [value] (in [sender]'s heap) into a new Message. On an unsendable object returns
// false with Dart's ArgumentError message in [error]; when memory runs out, false with an empty
// [error].
bool CopyMessage(Interpreter* sender, Value value, Message* out, std::string* error);

// Isolate.exit: checks that [value] could be sent, without copying, and fills
// out->canonical_slots / value_is_canonical (out->heap stays null: the caller moves the whole
// heap into the message when the isolate ends).
bool CheckSendable(Interpreter* sender, Value value, Message* out, std::string* error);

// Makes [message], copied by CopyMessage in an isolate running [sender], deliverable to an
// isolate of another group running [receiver] (message_rebase.cc): only what may cross groups
// may be in it, class ids become the receiver's, and the sender's constants are copied in.
// False with Dart's ArgumentError message in [error] (empty when memory ran out).
bool RebaseMessage(const Program* sender, const Program* receiver, Message* message,
                   std::string* error);

}  // namespace islet

#endif  // ISLET_RUNTIME_MESSAGE_H_
