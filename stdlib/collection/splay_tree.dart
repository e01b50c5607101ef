// dart:collection SplayTreeMap and SplayTreeSet: ordered by a compare function (default:
// Comparable.compare), self-adjusting binary search trees that splay every accessed key to the
// root (top-down splaying). isValidKey guards lookups as in Dart. Iterators walk in key order,
// survive splays caused by lookups, and throw ConcurrentModificationError after additions or
// removals. Invariant: _modificationCount changes exactly when a key is added or removed.

class _SplayTreeNode {
  Object? key;
  Object? value;
  _SplayTreeNode? left;
  _SplayTreeNode? right;

  _SplayTreeNode(this.key, this.value);
}

int _dynamicCompare(Object? a, Object? b) => Comparable.compare(a as Comparable, b as Comparable);

// The tree shared by SplayTreeMap and SplayTreeSet (a set uses only keys).
class _SplayTree {
  _SplayTreeNode? _root;
  int _count = 0;
  int _modificationCount = 0;
  int _splayCount = 0;
  final Function _compare;
  final Function? _validKey;

  _SplayTree(Function? compare, this._validKey) : _compare = compare ?? _dynamicCompare;

  bool _isValid(Object? key) {
    Function? validKey = _validKey;
    return validKey == null || validKey(key);
  }

  // Splays the node closest to [key] to the root; returns compare(root.key, key), or -1 when
  // the tree is empty.
  int _splay(Object? key) {
    _SplayTreeNode? root = _root;
    if (root == null) return -1;
    _SplayTreeNode header = _SplayTreeNode(null, null);
    _SplayTreeNode left = header;
    _SplayTreeNode right = header;
    _SplayTreeNode current = root;
    int comp;
    while (true) {
      comp = _compare(current.key, key);
      if (comp > 0) {
        _SplayTreeNode? currentLeft = current.left;
        if (currentLeft == null) break;
        comp = _compare(currentLeft.key, key);
        if (comp > 0) {
          // Rotate right.
          current.left = currentLeft.right;
          currentLeft.right = current;
          current = currentLeft;
          currentLeft = current.left;
          if (currentLeft == null) break;
        }
        // Link right.
        right.left = current;
        right = current;
        current = currentLeft;
      } else if (comp < 0) {
        _SplayTreeNode? currentRight = current.right;
        if (currentRight == null) break;
        comp = _compare(currentRight.key, key);
        if (comp < 0) {
          // Rotate left.
          current.right = currentRight.left;
          currentRight.left = current;
          current = currentRight;
          currentRight = current.right;
          if (currentRight == null) break;
        }
        // Link left.
        left.right = current;
        left = current;
        current = currentRight;
      } else {
        break;
      }
    }
    // Assemble.
    left.right = current.left;
    right.left = current.right;
    current.left = header.right;
    current.right = header.left;
    _root = current;
    _splayCount++;
    return comp;
  }

  _SplayTreeNode? _find(Object? key) {
    if (_root == null || !_isValid(key)) return null;
    return _splay(key) == 0 ? _root : null;
  }

  // Adds a node for [key], known to be absent; [comp] is the result of the last _splay(key).
  void _addNewRoot(_SplayTreeNode node, int comp) {
    _count++;
    _modificationCount++;
    _SplayTreeNode? root = _root;
    if (root == null) {
      _root = node;
      return;
    }
    if (comp < 0) {
      node.left = root;
      node.right = root.right;
      root.right = null;
    } else {
      node.right = root;
      node.left = root.left;
      root.left = null;
    }
    _root = node;
  }

  _SplayTreeNode? _remove(Object? key) {
    if (_root == null || !_isValid(key)) return null;
    if (_splay(key) != 0) return null;
    _SplayTreeNode root = _root!;
    _count--;
    _modificationCount++;
    _SplayTreeNode? left = root.left;
    _SplayTreeNode? right = root.right;
    if (left == null) {
      _root = right;
    } else {
      // The largest key of the left subtree becomes the root, with an empty right subtree.
      _root = left;
      _splay(key);
      _root!.right = right;
    }
    return root;
  }

  _SplayTreeNode? get _firstNode {
    _SplayTreeNode? node = _root;
    if (node == null) return null;
    while (node!.left != null) {
      node = node.left;
    }
    return node;
  }

  _SplayTreeNode? get _lastNode {
    _SplayTreeNode? node = _root;
    if (node == null) return null;
    while (node!.right != null) {
      node = node.right;
    }
    return node;
  }

  // The node with the smallest key greater than [key] (or greater or equal when [inclusive]),
  // found without splaying.
  _SplayTreeNode? _nodeAfter(Object? key, bool inclusive) {
    _SplayTreeNode? node = _root;
    _SplayTreeNode? best;
    while (node != null) {
      int comp = _compare(node.key, key);
      if (comp > 0 || (inclusive && comp == 0)) {
        best = node;
        node = node.left;
      } else {
        node = node.right;
      }
    }
    return best;
  }

  _SplayTreeNode? _nodeBefore(Object? key) {
    _SplayTreeNode? node = _root;
    _SplayTreeNode? best;
    while (node != null) {
      if (_compare(node.key, key) < 0) {
        best = node;
        node = node.right;
      } else {
        node = node.left;
      }
    }
    return best;
  }

  void _clear() {
    _root = null;
    _count = 0;
    _modificationCount++;
  }
}

class SplayTreeMap<K, V> extends MapBase<K, V> {
  final _SplayTree _tree;

  SplayTreeMap([int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey])
      : _tree = _SplayTree(compare, isValidKey);

  factory SplayTreeMap.from(Map other,
      [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    SplayTreeMap<K, V> result = SplayTreeMap<K, V>(compare, isValidKey);
    other.forEach((Object? key, Object? value) {
      result[key] = value;
    });
    return result;
  }

  factory SplayTreeMap.of(Map<K, V> other,
          [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) =>
      SplayTreeMap<K, V>(compare, isValidKey)..addAll(other);

  factory SplayTreeMap.fromIterable(Iterable iterable,
      {K Function(dynamic element)? key,
      V Function(dynamic element)? value,
      int Function(K key1, K key2)? compare,
      bool Function(dynamic potentialKey)? isValidKey}) {
    SplayTreeMap<K, V> result = SplayTreeMap<K, V>(compare, isValidKey);
    for (Object? element in iterable) {
      result[key == null ? element : key(element)] = value == null ? element : value(element);
    }
    return result;
  }

  factory SplayTreeMap.fromIterables(Iterable<K> keys, Iterable<V> values,
      [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    SplayTreeMap<K, V> result = SplayTreeMap<K, V>(compare, isValidKey);
    result.addAll(Map<K, V>.fromIterables(keys, values));
    return result;
  }

  V? operator [](Object? key) {
    _SplayTreeNode? node = _tree._find(key);
    return node == null ? null : node.value;
  }

  V? remove(Object? key) {
    _SplayTreeNode? node = _tree._remove(key);
    return node == null ? null : node.value;
  }

  void operator []=(K key, V value) {
    int comp = _tree._splay(key);
    if (comp == 0) {
      _tree._root!.value = value;
      return;
    }
    _tree._addNewRoot(_SplayTreeNode(key, value), comp);
  }

  V putIfAbsent(K key, V Function() ifAbsent) {
    int comp = _tree._splay(key);
    if (comp == 0) return _tree._root!.value;
    int modificationCount = _tree._modificationCount;
    int splayCount = _tree._splayCount;
    V value = ifAbsent();
    if (modificationCount != _tree._modificationCount) throw ConcurrentModificationError(this);
    if (splayCount != _tree._splayCount) comp = _tree._splay(key);
    _tree._addNewRoot(_SplayTreeNode(key, value), comp);
    return value;
  }

  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) {
    int comp = _tree._splay(key);
    if (comp == 0) {
      int modificationCount = _tree._modificationCount;
      V value = update(_tree._root!.value);
      if (modificationCount != _tree._modificationCount) throw ConcurrentModificationError(this);
      this[key] = value;
      return value;
    }
    if (ifAbsent != null) {
      V value = ifAbsent();
      this[key] = value;
      return value;
    }
    throw ArgumentError.value(key, "key", "Key not in map.");
  }

  void updateAll(V Function(K key, V value) update) {
    _SplayTreeIterator<_SplayTreeNode> it = _SplayTreeIterator<_SplayTreeNode>(_tree, this, 3);
    while (it.moveNext()) {
      _SplayTreeNode node = it.current;
      node.value = update(node.key, node.value);
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  bool get isEmpty => _tree._root == null;

  bool get isNotEmpty => _tree._root != null;

  int get length => _tree._count;

  void forEach(void Function(K key, V value) f) {
    _SplayTreeIterator<_SplayTreeNode> it = _SplayTreeIterator<_SplayTreeNode>(_tree, this, 3);
    while (it.moveNext()) {
      _SplayTreeNode node = it.current;
      f(node.key, node.value);
    }
  }

  void clear() {
    _tree._clear();
  }

  bool containsKey(Object? key) => _tree._find(key) != null;

  bool containsValue(Object? value) {
    for (V v in values) {
      if (v == value) return true;
    }
    return false;
  }

  Iterable<K> get keys => _SplayTreeIterable<K>(_tree, this, 0);

  Iterable<V> get values => _SplayTreeIterable<V>(_tree, this, 1);

  Iterable<MapEntry<K, V>> get entries => _SplayTreeIterable<MapEntry<K, V>>(_tree, this, 2);

  K? firstKey() {
    _SplayTreeNode? node = _tree._firstNode;
    return node == null ? null : node.key;
  }

  K? lastKey() {
    _SplayTreeNode? node = _tree._lastNode;
    return node == null ? null : node.key;
  }

  K? lastKeyBefore(K key) {
    if (key == null) throw ArgumentError(key);
    _SplayTreeNode? node = _tree._nodeBefore(key);
    return node == null ? null : node.key;
  }

  K? firstKeyAfter(K key) {
    if (key == null) throw ArgumentError(key);
    _SplayTreeNode? node = _tree._nodeAfter(key, false);
    return node == null ? null : node.key;
  }
}

// Keys (kind 0), values (1), entries (2) or nodes (3) of a tree, in key order.
class _SplayTreeIterable<E> extends Iterable<E> {
  final _SplayTree _tree;
  final Object _owner;
  final int _kind;

  _SplayTreeIterable(this._tree, this._owner, this._kind);

  int get length => _tree._count;

  bool get isEmpty => _tree._count == 0;

  bool contains(Object? o) {
    if (_kind == 0) return _tree._find(o) != null;
    return super.contains(o);
  }

  Iterator<E> get iterator => _SplayTreeIterator<E>(_tree, _owner, _kind);
}

// An in-order walk with an explicit path of nodes. A lookup splays the tree (the path goes
// stale but the order does not change): the path is then rebuilt from the current key.
class _SplayTreeIterator<E> implements Iterator<E> {
  final _SplayTree _tree;
  final Object _owner;
  final int _kind;
  final int _modificationCount;
  int _splayCount;
  final List<_SplayTreeNode> _path = <_SplayTreeNode>[];
  _SplayTreeNode? _current;
  bool _started = false;

  _SplayTreeIterator(_SplayTree tree, this._owner, this._kind)
      : _tree = tree,
        _modificationCount = tree._modificationCount,
        _splayCount = tree._splayCount;

  void _pushLeft(_SplayTreeNode? node) {
    while (node != null) {
      _path.add(node);
      node = node.left;
    }
  }

  bool moveNext() {
    if (_modificationCount != _tree._modificationCount) {
      throw ConcurrentModificationError(_owner);
    }
    if (!_started) {
      _started = true;
      _splayCount = _tree._splayCount;
      _pushLeft(_tree._root);
    } else {
      _SplayTreeNode? current = _current;
      if (current == null) return false;
      if (_splayCount != _tree._splayCount) {
        // Rebuild the path to the first key after the current one.
        _splayCount = _tree._splayCount;
        _path.clear();
        _SplayTreeNode? node = _tree._root;
        while (node != null) {
          if (_tree._compare(node.key, current.key) > 0) {
            _path.add(node);
            node = node.left;
          } else {
            node = node.right;
          }
        }
      } else {
        _pushLeft(current.right);
      }
    }
    if (_path.isEmpty) {
      _current = null;
      return false;
    }
    _current = _path.removeLast();
    return true;
  }

  E get current {
    _SplayTreeNode? node = _current;
    if (node == null) return null;
    if (_kind == 0) return node.key;
    if (_kind == 1) return node.value;
    if (_kind == 2) return MapEntry(node.key, node.value);
    return node;
  }
}

class SplayTreeSet<E> extends SetBase<E> {
  final _SplayTree _tree;

  SplayTreeSet([int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey])
      : _tree = _SplayTree(compare, isValidKey);

  factory SplayTreeSet.from(Iterable elements,
      [int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    SplayTreeSet<E> result = SplayTreeSet<E>(compare, isValidKey);
    for (Object? element in elements) {
      result.add(element);
    }
    return result;
  }

  factory SplayTreeSet.of(Iterable<E> elements,
          [int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) =>
      SplayTreeSet<E>(compare, isValidKey)..addAll(elements);

  SplayTreeSet<E> _newSimilar() => SplayTreeSet<E>(_tree._compare, _tree._validKey);

  Iterator<E> get iterator => _SplayTreeIterator<E>(_tree, this, 0);

  int get length => _tree._count;

  bool get isEmpty => _tree._root == null;

  bool get isNotEmpty => _tree._root != null;

  E get first {
    _SplayTreeNode? node = _tree._firstNode;
    if (node == null) throw StateError("No element");
    return node.key;
  }

  E get last {
    _SplayTreeNode? node = _tree._lastNode;
    if (node == null) throw StateError("No element");
    return node.key;
  }

  E get single {
    if (_tree._count == 0) throw StateError("No element");
    if (_tree._count > 1) throw StateError("Too many elements");
    return _tree._root!.key;
  }

  bool contains(Object? element) => _tree._find(element) != null;

  bool add(E element) {
    int comp = _tree._splay(element);
    if (comp == 0) return false;
    _tree._addNewRoot(_SplayTreeNode(element, null), comp);
    return true;
  }

  bool remove(Object? object) => _tree._remove(object) != null;

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      add(element);
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      _tree._remove(element);
    }
  }

  E? lookup(Object? object) {
    _SplayTreeNode? node = _tree._find(object);
    return node == null ? null : node.key;
  }

  Set<E> intersection(Set<Object?> other) {
    Set<E> result = _newSimilar();
    for (E element in this) {
      if (other.contains(element)) result.add(element);
    }
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    Set<E> result = _newSimilar();
    for (E element in this) {
      if (!other.contains(element)) result.add(element);
    }
    return result;
  }

  Set<E> union(Set<E> other) => _newSimilar()
    ..addAll(this)
    ..addAll(other);

  void clear() {
    _tree._clear();
  }

  Set<E> toSet() => _newSimilar()..addAll(this);

  String toString() => IterableBase.iterableToFullString(this, '{', '}');
}
