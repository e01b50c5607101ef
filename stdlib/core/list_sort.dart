// Sorting for List.sort: the algorithm the Dart VM uses, so that elements comparing equal end up
// in the same order as in Dart: insertion sort for ranges of up to 33 elements, otherwise
// Yaroslavskiy's dual-pivot quicksort with pivots chosen by a sorting network over five samples.
// Does not own argument checks (List.sort in list.dart).

int _compareAny(Object? a, Object? b) => (a as Comparable).compareTo(b);

void _sortList(List list, int Function(dynamic a, dynamic b) compare) {
  _sortRange(list, 0, list.length - 1, compare);
}

// Sorts list[left..right], both inclusive.
void _sortRange(List a, int left, int right, int Function(dynamic a, dynamic b) compare) {
  if (right - left <= 32) {
    _insertionSort(a, left, right, compare);
  } else {
    _dualPivotQuicksort(a, left, right, compare);
  }
}

void _insertionSort(List a, int left, int right, int Function(dynamic a, dynamic b) compare) {
  for (int i = left + 1; i <= right; i++) {
    Object? element = a[i];
    int j = i;
    while (j > left && compare(a[j - 1], element) > 0) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = element;
  }
}

void _dualPivotQuicksort(List a, int left, int right, int Function(dynamic a, dynamic b) compare) {
  // Five samples at the sixths of the range, ordered by a 9-comparison sorting network; the
  // second and fourth become the pivots.
  int sixth = (right - left + 1) ~/ 6;
  int i1 = left + sixth;
  int i5 = right - sixth;
  int i3 = (left + right) ~/ 2;
  int i2 = i3 - sixth;
  int i4 = i3 + sixth;
  List s = [a[i1], a[i2], a[i3], a[i4], a[i5]];
  _orderPair(s, 0, 1, compare);
  _orderPair(s, 3, 4, compare);
  _orderPair(s, 0, 2, compare);
  _orderPair(s, 1, 2, compare);
  _orderPair(s, 0, 3, compare);
  _orderPair(s, 2, 3, compare);
  _orderPair(s, 1, 4, compare);
  _orderPair(s, 1, 2, compare);
  _orderPair(s, 3, 4, compare);
  Object? pivot1 = s[1];
  Object? pivot2 = s[3];
  // The pivots leave the range (they are written back after partitioning); the ends take
  // their sample positions.
  a[i1] = s[0];
  a[i3] = s[2];
  a[i5] = s[4];
  a[i2] = a[left];
  a[i4] = a[right];

  int less = left + 1;
  int great = right - 1;
  bool pivotsAreEqual = compare(pivot1, pivot2) == 0;
  if (pivotsAreEqual) {
    // Three-way partition around one pivot: [< pivot | == pivot | ? | > pivot].
    Object? pivot = pivot1;
    for (int k = less; k <= great; k++) {
      Object? ak = a[k];
      int comp = compare(ak, pivot);
      if (comp == 0) continue;
      if (comp < 0) {
        if (k != less) {
          a[k] = a[less];
          a[less] = ak;
        }
        less++;
      } else {
        while (true) {
          comp = compare(a[great], pivot);
          if (comp > 0) {
            great--;
            continue;
          }
          if (comp < 0) {
            a[k] = a[less];
            a[less] = a[great];
            less++;
            a[great] = ak;
            great--;
          } else {
            a[k] = a[great];
            a[great] = ak;
            great--;
          }
          break;
        }
      }
    }
  } else {
    // Partition into [< pivot1 | pivot1 <= x <= pivot2 | ? | > pivot2].
    for (int k = less; k <= great; k++) {
      Object? ak = a[k];
      if (compare(ak, pivot1) < 0) {
        if (k != less) {
          a[k] = a[less];
          a[less] = ak;
        }
        less++;
      } else if (compare(ak, pivot2) > 0) {
        while (true) {
          if (compare(a[great], pivot2) > 0) {
            great--;
            if (great < k) break;
            continue;
          }
          if (compare(a[great], pivot1) < 0) {
            a[k] = a[less];
            a[less] = a[great];
            less++;
            a[great] = ak;
            great--;
          } else {
            a[k] = a[great];
            a[great] = ak;
            great--;
          }
          break;
        }
      }
    }
  }

  // Put the pivots between the partitions.
  a[left] = a[less - 1];
  a[less - 1] = pivot1;
  a[right] = a[great + 1];
  a[great + 1] = pivot2;

  _sortRange(a, left, less - 2, compare);
  _sortRange(a, great + 2, right, compare);
  if (pivotsAreEqual) return;

  if (less < i1 && great > i5) {
    // A large middle partition: move the elements equal to a pivot to its ends first.
    while (compare(a[less], pivot1) == 0) {
      less++;
    }
    while (compare(a[great], pivot2) == 0) {
      great--;
    }
    for (int k = less; k <= great; k++) {
      Object? ak = a[k];
      if (compare(ak, pivot1) == 0) {
        if (k != less) {
          a[k] = a[less];
          a[less] = ak;
        }
        less++;
      } else if (compare(ak, pivot2) == 0) {
        while (true) {
          if (compare(a[great], pivot2) == 0) {
            great--;
            if (great < k) break;
            continue;
          }
          if (compare(a[great], pivot1) < 0) {
            a[k] = a[less];
            a[less] = a[great];
            less++;
            a[great] = ak;
            great--;
          } else {
            a[k] = a[great];
            a[great] = ak;
            great--;
          }
          break;
        }
      }
    }
  }
  _sortRange(a, less, great, compare);
}

// Swaps s[i] and s[j] when s[i] > s[j].
void _orderPair(List s, int i, int j, int Function(dynamic a, dynamic b) compare) {
  if (compare(s[i], s[j]) > 0) {
    Object? t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
}
