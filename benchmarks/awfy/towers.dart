// towers.dart: the Are We Fast Yet Towers benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). Solves the towers of Hanoi for 13 disks, the disks of a pile kept
// as a linked list. Measures recursion, field stores and small-list access.

import 'benchmark.dart';

class TowersDisk {
  final int size;
  TowersDisk? next;

  TowersDisk(this.size);
}

class Towers extends Benchmark {
  List<TowersDisk?> _piles = <TowersDisk?>[];
  int _movesDone = 0;

  @override
  Object benchmark() {
    _piles = List<TowersDisk?>.filled(3, null);
    _buildTowerAt(0, 13);
    _movesDone = 0;
    _moveDisks(13, 0, 1);
    return _movesDone;
  }

  @override
  bool verifyResult(Object result) => result == 8191;

  void _pushDisk(TowersDisk disk, int pile) {
    final top = _piles[pile];
    if (top != null && disk.size >= top.size) {
      throw StateError('Cannot put a big disk on a smaller one');
    }

    disk.next = top;
    _piles[pile] = disk;
  }

  TowersDisk _popDiskFrom(int pile) {
    final top = _piles[pile];
    if (top == null) {
      throw StateError('Attempting to remove a disk from an empty pile');
    }

    _piles[pile] = top.next;
    top.next = null;
    return top;
  }

  void _moveTopDisk(int fromPile, int toPile) {
    _pushDisk(_popDiskFrom(fromPile), toPile);
    _movesDone += 1;
  }

  void _buildTowerAt(int pile, int disks) {
    for (var i = disks; i >= 0; i--) {
      _pushDisk(TowersDisk(i), pile);
    }
  }

  void _moveDisks(int disks, int fromPile, int toPile) {
    if (disks == 1) {
      _moveTopDisk(fromPile, toPile);
    } else {
      final otherPile = (3 - fromPile) - toPile;
      _moveDisks(disks - 1, fromPile, otherPile);
      _moveTopDisk(fromPile, toPile);
      _moveDisks(disks - 1, otherPile, toPile);
    }
  }
}
