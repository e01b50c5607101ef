// The hash index shared by _Map and _Set. Entries live in insertion order in
// a `data` list (stride 2 for maps: key then value; stride 1 for sets) with their hashes in a
// parallel `hashes` list. `index` is a power-of-two list of ints searched by linear probing from
// a Fibonacci-hashed start slot: 0 = empty, -1 = deleted (a tombstone), e > 0 = entry e - 1.
// Invariant: index.length == 2 * hashes.length, and live entries plus tombstones never exceed
// hashes.length, so the index is at most half full and every probe ends at an empty slot.
// Does not own the Map and Set APIs (linked_hash_map.dart, set.dart).

// Marks the key of a removed entry in a data list. Never visible to programs.
class _DeletedEntry {
  const _DeletedEntry();
}

const _DeletedEntry _deletedEntry = _DeletedEntry();

// A key's hash as kept in the table: 30 bits, so every computation below stays a small int.
// Ints are their own hash code; testing for them first saves a call per lookup.
int _hashOf(Object? key) {
  if (key is int) return key & 0x3fffffff;
  return key.hashCode & 0x3fffffff;
}

// The first slot to probe for a hash is ((hash * 0x9E3779B1) & 0xFFFFFFFF) >> shift: the top
// bits of hash * 2^32/phi, which spreads keys whose hashes differ only in high bits (multiples
// of 16, say) over the whole index. It is written out in both probing loops below, a call less.

// The shift that turns a 32-bit product into a slot of an index of [indexSize] (a power of 2).
int _hashShiftFor(int indexSize) {
  int bits = 0;
  while ((1 << bits) < indexSize) {
    bits++;
  }
  return 32 - bits;
}

// The slot whose entry holds [key] (compared by identity, then by the stored key's ==), or -1.
int _hashFindSlot(List<int> index, int shift, List data, int stride, List<int> hashes,
    Object? key, int hash) {
  int mask = index.length - 1;
  int slot = ((hash * 0x9E3779B1) & 0xFFFFFFFF) >> shift;
  while (true) {
    int e = index[slot];
    if (e == 0) return -1;
    if (e > 0) {
      int entry = e - 1;
      if (hashes[entry] == hash) {
        Object? stored = data[entry * stride];
        if (identical(stored, key) || stored == key) return slot;
      }
    }
    slot = (slot + 1) & mask;
  }
}

// As _hashFindSlot, with keys compared by [equals](stored, key) instead of ==.
int _hashFindSlotCustom(List<int> index, int shift, List data, int stride, List<int> hashes,
    Object? key, int hash, Function equals) {
  int mask = index.length - 1;
  int slot = ((hash * 0x9E3779B1) & 0xFFFFFFFF) >> shift;
  while (true) {
    int e = index[slot];
    if (e == 0) return -1;
    if (e > 0) {
      int entry = e - 1;
      if (hashes[entry] == hash && equals(data[entry * stride], key)) return slot;
    }
    slot = (slot + 1) & mask;
  }
}

// Records [entry] (whose key is known to be absent) in the first free or deleted slot.
void _hashInsertEntry(List<int> index, int shift, int hash, int entry) {
  int mask = index.length - 1;
  int slot = ((hash * 0x9E3779B1) & 0xFFFFFFFF) >> shift;
  while (index[slot] > 0) {
    slot = (slot + 1) & mask;
  }
  index[slot] = entry + 1;
}
