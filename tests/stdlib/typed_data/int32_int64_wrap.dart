// Checks 32- and 64-bit lists: Uint32 wraps to unsigned, Int32 to signed, Uint64 keeps 64 bits.
import 'dart:typed_data';

void main() {
  var u = Uint32List.fromList([-1, 0x100000001, 4000000000]);
  print(u); // expect: [4294967295, 1, 4000000000]
  var i = Int32List.fromList([0x80000000, -1, 0xffffffff]);
  print(i); // expect: [-2147483648, -1, -1]
  var i64 = Int64List.fromList([9223372036854775807, -9223372036854775808]);
  print(i64); // expect: [9223372036854775807, -9223372036854775808]
  var u64 = Uint64List(1);
  u64[0] = -1;
  print(u64[0]); // expect: -1
}
