// cd.dart: the Are We Fast Yet CD (collision detection) benchmark in Dart, ported from the
// suite's versions (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java,Lua}), which derive from
// CD_x (Copyright (c) 2001-2010, Purdue University; Copyright (C) 2015 Apple Inc.; BSD license).
// Simulates aircraft for 200 frames and detects their collisions through a voxel map kept in a
// red-black tree. The inner iteration count is the number of aircraft. Measures allocation of
// small objects, double arithmetic, tree operations and polymorphic comparisons.

import 'dart:math' as math;

import 'benchmark.dart';
import 'som.dart';

const double minX = 0.0;
const double minY = 0.0;
const double maxX = 1000.0;
const double maxY = 1000.0;
const double minZ = 0.0;
const double maxZ = 10.0;
const double proximityRadius = 1.0;
const double goodVoxelSize = proximityRadius * 2.0;

class CD extends Benchmark {
  int _benchmark(int numAircrafts) {
    const numFrames = 200;
    final simulator = Simulator(numAircrafts);
    final detector = CollisionDetector();

    var actualCollisions = 0;
    for (var i = 0; i < numFrames; ++i) {
      final time = i / 10.0;
      final collisions = detector.handleNewFrame(simulator.simulate(time));
      actualCollisions += collisions.size();
    }
    return actualCollisions;
  }

  @override
  bool innerBenchmarkLoop(int innerIterations) =>
      _verify(_benchmark(innerIterations), innerIterations);

  bool _verify(int actualCollisions, int numAircrafts) {
    if (numAircrafts == 1000) {
      return actualCollisions == 14484;
    }
    if (numAircrafts == 500) {
      return actualCollisions == 14484;
    }
    if (numAircrafts == 250) {
      return actualCollisions == 10830;
    }
    if (numAircrafts == 200) {
      return actualCollisions == 8655;
    }
    if (numAircrafts == 100) {
      return actualCollisions == 4305;
    }
    if (numAircrafts == 10) {
      return actualCollisions == 390;
    }

    print('No verification result for $numAircrafts found');
    print('Result is: $actualCollisions');
    return false;
  }

  @override
  Object benchmark() {
    throw StateError('CD overrides innerBenchmarkLoop; benchmark() is never called');
  }

  @override
  bool verifyResult(Object result) {
    throw StateError('CD overrides innerBenchmarkLoop; verifyResult() is never called');
  }
}

class Vector2D implements Comparable<Vector2D> {
  final double x;
  final double y;

  Vector2D(this.x, this.y);

  Vector2D plus(Vector2D other) => Vector2D(x + other.x, y + other.y);

  Vector2D minus(Vector2D other) => Vector2D(x - other.x, y - other.y);

  @override
  int compareTo(Vector2D other) {
    final result = _compareNumbers(x, other.x);
    if (result != 0) {
      return result;
    }
    return _compareNumbers(y, other.y);
  }

  static int _compareNumbers(double a, double b) {
    if (a == b) {
      return 0;
    }
    if (a < b) {
      return -1;
    }
    if (a > b) {
      return 1;
    }

    // We say that NaN is smaller than non-NaN.
    if (a == a) {
      return 1;
    }
    return -1;
  }
}

class Vector3D {
  final double x;
  final double y;
  final double z;

  Vector3D(this.x, this.y, this.z);

  Vector3D plus(Vector3D other) => Vector3D(x + other.x, y + other.y, z + other.z);

  Vector3D minus(Vector3D other) => Vector3D(x - other.x, y - other.y, z - other.z);

  double dot(Vector3D other) => x * other.x + y * other.y + z * other.z;

  double squaredMagnitude() => dot(this);

  double magnitude() => math.sqrt(squaredMagnitude());

  Vector3D times(double amount) => Vector3D(x * amount, y * amount, z * amount);
}

enum Color { red, black }

class Node<K, V> {
  final K key;
  V value;
  Node<K, V>? left;
  Node<K, V>? right;
  Node<K, V>? parent;
  Color color = Color.red;

  Node(this.key, this.value);

  Node<K, V>? successor() {
    Node<K, V> x = this;
    final right = x.right;
    if (right != null) {
      return treeMinimum(right);
    }

    var y = x.parent;
    while (y != null && x == y.right) {
      x = y;
      y = y.parent;
    }
    return y;
  }
}

Node<K, V> treeMinimum<K, V>(Node<K, V> x) {
  var current = x;
  var left = current.left;
  while (left != null) {
    current = left;
    left = current.left;
  }
  return current;
}

class RbtEntry<K, V> {
  final K key;
  final V value;

  RbtEntry(this.key, this.value);
}

class InsertResult<K, V> {
  final bool isNewEntry;
  final Node<K, V>? newNode;
  final V? oldValue;

  InsertResult(this.isNewEntry, this.newNode, this.oldValue);
}

class RedBlackTree<K extends Comparable<K>, V> {
  Node<K, V>? _root;

  /// Maps [key] to [value]; answers the previous value, null for a new key.
  V? put(K key, V value) {
    final insertionResult = _treeInsert(key, value);
    if (!insertionResult.isNewEntry) {
      return insertionResult.oldValue;
    }

    var x = insertionResult.newNode!;

    while (x != _root && x.parent!.color == Color.red) {
      final parent = x.parent!;
      final grandParent = parent.parent!;
      if (parent == grandParent.left) {
        final y = grandParent.right;
        if (y != null && y.color == Color.red) {
          // Case 1
          parent.color = Color.black;
          y.color = Color.black;
          grandParent.color = Color.red;
          x = grandParent;
        } else {
          if (x == parent.right) {
            // Case 2
            x = parent;
            _leftRotate(x);
          }
          // Case 3
          x.parent!.color = Color.black;
          x.parent!.parent!.color = Color.red;
          _rightRotate(x.parent!.parent!);
        }
      } else {
        // Same as "then" clause with "right" and "left" exchanged.
        final y = grandParent.left;
        if (y != null && y.color == Color.red) {
          // Case 1
          parent.color = Color.black;
          y.color = Color.black;
          grandParent.color = Color.red;
          x = grandParent;
        } else {
          if (x == parent.left) {
            // Case 2
            x = parent;
            _rightRotate(x);
          }
          // Case 3
          x.parent!.color = Color.black;
          x.parent!.parent!.color = Color.red;
          _leftRotate(x.parent!.parent!);
        }
      }
    }

    _root!.color = Color.black;
    return null;
  }

  V? remove(K key) {
    final z = _findNode(key);
    if (z == null) {
      return null;
    }

    // Y is the node to be unlinked from the tree.
    Node<K, V> y;
    if (z.left == null || z.right == null) {
      y = z;
    } else {
      y = z.successor()!;
    }

    // Y is guaranteed to be non-null at this point.
    Node<K, V>? x;
    if (y.left != null) {
      x = y.left;
    } else {
      x = y.right;
    }

    // X is the child of y which might potentially replace y in the tree. X might be null at
    // this point.
    Node<K, V>? xParent;
    if (x != null) {
      x.parent = y.parent;
      xParent = x.parent;
    } else {
      xParent = y.parent;
    }

    final yParent = y.parent;
    if (yParent == null) {
      _root = x;
    } else {
      if (y == yParent.left) {
        yParent.left = x;
      } else {
        yParent.right = x;
      }
    }

    if (y != z) {
      if (y.color == Color.black) {
        _removeFixup(x, xParent);
      }

      y.parent = z.parent;
      y.color = z.color;
      y.left = z.left;
      y.right = z.right;

      final zLeft = z.left;
      if (zLeft != null) {
        zLeft.parent = y;
      }
      final zRight = z.right;
      if (zRight != null) {
        zRight.parent = y;
      }
      final zParent = z.parent;
      if (zParent != null) {
        if (zParent.left == z) {
          zParent.left = y;
        } else {
          zParent.right = y;
        }
      } else {
        _root = y;
      }
    } else if (y.color == Color.black) {
      _removeFixup(x, xParent);
    }

    return z.value;
  }

  V? get(K key) {
    final node = _findNode(key);
    if (node == null) {
      return null;
    }
    return node.value;
  }

  void forEach(void Function(RbtEntry<K, V> e) fn) {
    final root = _root;
    if (root == null) {
      return;
    }
    Node<K, V>? current = treeMinimum(root);
    while (current != null) {
      fn(RbtEntry<K, V>(current.key, current.value));
      current = current.successor();
    }
  }

  Node<K, V>? _findNode(K key) {
    var current = _root;
    while (current != null) {
      final comparisonResult = key.compareTo(current.key);
      if (comparisonResult == 0) {
        return current;
      }
      if (comparisonResult < 0) {
        current = current.left;
      } else {
        current = current.right;
      }
    }
    return null;
  }

  InsertResult<K, V> _treeInsert(K key, V value) {
    Node<K, V>? y;
    var x = _root;
    while (x != null) {
      y = x;
      final comparisonResult = key.compareTo(x.key);
      if (comparisonResult < 0) {
        x = x.left;
      } else if (comparisonResult > 0) {
        x = x.right;
      } else {
        final oldValue = x.value;
        x.value = value;
        return InsertResult<K, V>(false, null, oldValue);
      }
    }

    final z = Node<K, V>(key, value);
    z.parent = y;
    if (y == null) {
      _root = z;
    } else {
      if (key.compareTo(y.key) < 0) {
        y.left = z;
      } else {
        y.right = z;
      }
    }
    return InsertResult<K, V>(true, z, null);
  }

  Node<K, V> _leftRotate(Node<K, V> x) {
    final y = x.right!;

    // Turn y's left subtree into x's right subtree.
    x.right = y.left;
    final yLeft = y.left;
    if (yLeft != null) {
      yLeft.parent = x;
    }

    // Link x's parent to y.
    y.parent = x.parent;
    final xParent = x.parent;
    if (xParent == null) {
      _root = y;
    } else {
      if (x == xParent.left) {
        xParent.left = y;
      } else {
        xParent.right = y;
      }
    }

    // Put x on y's left.
    y.left = x;
    x.parent = y;

    return y;
  }

  Node<K, V> _rightRotate(Node<K, V> y) {
    final x = y.left!;

    // Turn x's right subtree into y's left subtree.
    y.left = x.right;
    final xRight = x.right;
    if (xRight != null) {
      xRight.parent = y;
    }

    // Link y's parent to x.
    x.parent = y.parent;
    final yParent = y.parent;
    if (yParent == null) {
      _root = x;
    } else {
      if (y == yParent.left) {
        yParent.left = x;
      } else {
        yParent.right = x;
      }
    }

    x.right = y;
    y.parent = x;

    return x;
  }

  void _removeFixup(Node<K, V>? x, Node<K, V>? xParent) {
    while (x != _root && (x == null || x.color == Color.black)) {
      final parent = xParent!;
      if (x == parent.left) {
        // Note: the text points out that w cannot be null. The reason is not obvious from
        // simply looking at the code; it comes about from the properties of the red-black
        // tree.
        var w = parent.right!;
        if (w.color == Color.red) {
          // Case 1
          w.color = Color.black;
          parent.color = Color.red;
          _leftRotate(parent);
          w = parent.right!;
        }
        if ((w.left == null || w.left!.color == Color.black) &&
            (w.right == null || w.right!.color == Color.black)) {
          // Case 2
          w.color = Color.red;
          x = parent;
          xParent = parent.parent;
        } else {
          if (w.right == null || w.right!.color == Color.black) {
            // Case 3
            w.left!.color = Color.black;
            w.color = Color.red;
            _rightRotate(w);
            w = parent.right!;
          }
          // Case 4
          w.color = parent.color;
          parent.color = Color.black;
          final wRight = w.right;
          if (wRight != null) {
            wRight.color = Color.black;
          }
          _leftRotate(parent);
          x = _root;
          xParent = x!.parent;
        }
      } else {
        // Same as "then" clause with "right" and "left" exchanged.
        var w = parent.left!;
        if (w.color == Color.red) {
          // Case 1
          w.color = Color.black;
          parent.color = Color.red;
          _rightRotate(parent);
          w = parent.left!;
        }
        if ((w.right == null || w.right!.color == Color.black) &&
            (w.left == null || w.left!.color == Color.black)) {
          // Case 2
          w.color = Color.red;
          x = parent;
          xParent = parent.parent;
        } else {
          if (w.left == null || w.left!.color == Color.black) {
            // Case 3
            w.right!.color = Color.black;
            w.color = Color.red;
            _leftRotate(w);
            w = parent.left!;
          }
          // Case 4
          w.color = parent.color;
          parent.color = Color.black;
          final wLeft = w.left;
          if (wLeft != null) {
            wLeft.color = Color.black;
          }
          _rightRotate(parent);
          x = _root;
          xParent = x!.parent;
        }
      }
    }
    if (x != null) {
      x.color = Color.black;
    }
  }
}

class CallSign implements Comparable<CallSign> {
  final int _value;

  CallSign(this._value);

  @override
  int compareTo(CallSign other) => _value == other._value ? 0 : (_value < other._value ? -1 : 1);
}

class Collision {
  final CallSign aircraftA;
  final CallSign aircraftB;
  final Vector3D position;

  Collision(this.aircraftA, this.aircraftB, this.position);
}

class CollisionDetector {
  static final Vector2D horizontal = Vector2D(goodVoxelSize, 0.0);
  static final Vector2D vertical = Vector2D(0.0, goodVoxelSize);

  final RedBlackTree<CallSign, Vector3D> _state = RedBlackTree<CallSign, Vector3D>();

  Vector<Collision> handleNewFrame(Vector<Aircraft> frame) {
    final motions = Vector<Motion>();
    final seen = RedBlackTree<CallSign, bool>();

    frame.forEach((Aircraft aircraft) {
      var oldPosition = _state.put(aircraft.callsign, aircraft.position);
      final newPosition = aircraft.position;
      seen.put(aircraft.callsign, true);

      if (oldPosition == null) {
        // Treat newly introduced aircraft as if they were stationary.
        oldPosition = newPosition;
      }

      motions.append(Motion(aircraft.callsign, oldPosition, newPosition));
    });

    // Remove aircraft that are no longer present.
    final toRemove = Vector<CallSign>();
    _state.forEach((RbtEntry<CallSign, Vector3D> e) {
      if (seen.get(e.key) == null) {
        toRemove.append(e.key);
      }
    });

    toRemove.forEach((CallSign e) {
      _state.remove(e);
    });

    final allReduced = _reduceCollisionSet(motions);
    final collisions = Vector<Collision>();

    allReduced.forEach((Vector<Motion> reduced) {
      for (var i = 0; i < reduced.size(); ++i) {
        final motion1 = reduced.at(i)!;
        for (var j = i + 1; j < reduced.size(); ++j) {
          final motion2 = reduced.at(j)!;
          final collision = motion1.findIntersection(motion2);
          if (collision != null) {
            collisions.append(Collision(motion1.callsign, motion2.callsign, collision));
          }
        }
      }
    });

    return collisions;
  }

  bool _isInVoxel(Vector2D voxel, Motion motion) {
    if (voxel.x > maxX || voxel.x < minX || voxel.y > maxY || voxel.y < minY) {
      return false;
    }

    final init = motion.posOne;
    final fin = motion.posTwo;

    const vS = goodVoxelSize;
    const r = proximityRadius / 2.0;

    final vX = voxel.x;
    final x0 = init.x;
    final xv = fin.x - init.x;

    final vY = voxel.y;
    final y0 = init.y;
    final yv = fin.y - init.y;

    var lowX = (vX - r - x0) / xv;
    var highX = (vX + vS + r - x0) / xv;

    if (xv < 0.0) {
      final tmp = lowX;
      lowX = highX;
      highX = tmp;
    }

    var lowY = (vY - r - y0) / yv;
    var highY = (vY + vS + r - y0) / yv;

    if (yv < 0.0) {
      final tmp = lowY;
      lowY = highY;
      highY = tmp;
    }

    return ((xv == 0.0 && vX <= x0 + r && x0 - r <= vX + vS) /* no motion in x */ ||
            ((lowX <= 1.0 && 1.0 <= highX) ||
                (lowX <= 0.0 && 0.0 <= highX) ||
                (0.0 <= lowX && highX <= 1.0))) &&
        ((yv == 0.0 && vY <= y0 + r && y0 - r <= vY + vS) /* no motion in y */ ||
            ((lowY <= 1.0 && 1.0 <= highY) ||
                (lowY <= 0.0 && 0.0 <= highY) ||
                (0.0 <= lowY && highY <= 1.0))) &&
        (xv == 0.0 ||
            yv == 0.0 || /* no motion in x or y or both */
            (lowY <= highX && highX <= highY) ||
            (lowY <= lowX && lowX <= highY) ||
            (lowX <= lowY && highY <= highX));
  }

  void _putIntoMap(
      RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Vector2D voxel, Motion motion) {
    var array = voxelMap.get(voxel);
    if (array == null) {
      array = Vector<Motion>();
      voxelMap.put(voxel, array);
    }
    array.append(motion);
  }

  void _recurse(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, RedBlackTree<Vector2D, bool> seen,
      Vector2D nextVoxel, Motion motion) {
    if (!_isInVoxel(nextVoxel, motion)) {
      return;
    }
    if (seen.put(nextVoxel, true) != null) {
      return;
    }

    _putIntoMap(voxelMap, nextVoxel, motion);

    _recurse(voxelMap, seen, nextVoxel.minus(horizontal), motion);
    _recurse(voxelMap, seen, nextVoxel.plus(horizontal), motion);
    _recurse(voxelMap, seen, nextVoxel.minus(vertical), motion);
    _recurse(voxelMap, seen, nextVoxel.plus(vertical), motion);
    _recurse(voxelMap, seen, nextVoxel.minus(horizontal).minus(vertical), motion);
    _recurse(voxelMap, seen, nextVoxel.minus(horizontal).plus(vertical), motion);
    _recurse(voxelMap, seen, nextVoxel.plus(horizontal).minus(vertical), motion);
    _recurse(voxelMap, seen, nextVoxel.plus(horizontal).plus(vertical), motion);
  }

  Vector<Vector<Motion>> _reduceCollisionSet(Vector<Motion> motions) {
    final voxelMap = RedBlackTree<Vector2D, Vector<Motion>>();
    motions.forEach((Motion motion) {
      _drawMotionOnVoxelMap(voxelMap, motion);
    });

    final result = Vector<Vector<Motion>>();
    voxelMap.forEach((RbtEntry<Vector2D, Vector<Motion>> e) {
      if (e.value.size() > 1) {
        result.append(e.value);
      }
    });
    return result;
  }

  Vector2D _voxelHash(Vector3D position) {
    final xDiv = (position.x / goodVoxelSize).truncate();
    final yDiv = (position.y / goodVoxelSize).truncate();

    var x = goodVoxelSize * xDiv;
    var y = goodVoxelSize * yDiv;

    if (position.x < 0) {
      x -= goodVoxelSize;
    }
    if (position.y < 0) {
      y -= goodVoxelSize;
    }

    return Vector2D(x, y);
  }

  void _drawMotionOnVoxelMap(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Motion motion) {
    final seen = RedBlackTree<Vector2D, bool>();
    _recurse(voxelMap, seen, _voxelHash(motion.posOne), motion);
  }
}

class Motion {
  final CallSign callsign;
  final Vector3D posOne;
  final Vector3D posTwo;

  Motion(this.callsign, this.posOne, this.posTwo);

  Vector3D delta() => posTwo.minus(posOne);

  Vector3D? findIntersection(Motion other) {
    final init1 = posOne;
    final init2 = other.posOne;
    final vec1 = delta();
    final vec2 = other.delta();
    const radius = proximityRadius;

    // This test is not a geometrical 3-d intersection test: it takes the fact that the
    // aircraft move into account, so it is more like a 4d test (it assumes that both of the
    // aircraft have a constant speed over the tested interval).

    // We thus have two points, each of them moving on its line segment at constant speed; we
    // are looking for times when the distance between these two points is smaller than r.

    // vec1 is vector of aircraft 1
    // vec2 is vector of aircraft 2

    // a = (V2 - V1)^T * (V2 - V1)
    final a = vec2.minus(vec1).squaredMagnitude();

    if (a != 0.0) {
      // We are first looking for instances of time when the planes are exactly r from each
      // other; at least one plane is moving. If the planes are moving in parallel, they do not
      // have constant speed.

      // If the planes are moving in parallel, then
      //   if the faster starts behind the slower, we can have 2, 1, or 0 solutions
      //   if the faster plane starts in front of the slower, we can have 0 or 1 solutions

      // If the planes are not moving in parallel, then

      // point P1 = I1 + vV1
      // point P2 = I2 + vV2
      //   - looking for v, such that dist(P1,P2) = || P1 - P2 || = r

      // it follows that || P1 - P2 || = sqrt( < P1-P2, P1-P2 > )
      //   0 = -r^2 + < P1 - P2, P1 - P2 >
      //  from properties of dot product
      //   0 = -r^2 + <I1-I2,I1-I2> + v * 2<I1-I2, V1-V2> + v^2 *<V1-V2,V1-V2>
      //   so we calculate a, b, c - and solve the quadratic equation
      //   0 = c + bv + av^2

      // b = 2 * <I1-I2, V1-V2>
      final b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));

      // c = -r^2 + (I2 - I1)^T * (I2 - I1)
      final c = -radius * radius + init2.minus(init1).squaredMagnitude();

      final discr = b * b - 4.0 * a * c;
      if (discr < 0.0) {
        return null;
      }

      final v1 = (-b - math.sqrt(discr)) / (2.0 * a);
      final v2 = (-b + math.sqrt(discr)) / (2.0 * a);

      if (v1 <= v2 &&
          ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        // Pick a good "time" at which to report the collision.
        double v;
        if (v1 <= 0.0) {
          // The collision started before this frame. Report it at the start of the frame.
          v = 0.0;
        } else {
          // The collision started during this frame. Report it at that moment.
          v = v1;
        }

        final result1 = init1.plus(vec1.times(v));
        final result2 = init2.plus(vec2.times(v));

        final result = result1.plus(result2).times(0.5);
        if (result.x >= minX &&
            result.x <= maxX &&
            result.y >= minY &&
            result.y <= maxY &&
            result.z >= minZ &&
            result.z <= maxZ) {
          return result;
        }
      }

      return null;
    }

    // The planes have the same speeds and are moving in parallel (or they are not moving at
    // all); they thus have the same distance all the time. We calculate it from the initial
    // point.

    // dist = || i2 - i1 || = sqrt(  ( i2 - i1 )^T * ( i2 - i1 ) )
    final dist = init2.minus(init1).magnitude();
    if (dist <= radius) {
      return init1.plus(init2).times(0.5);
    }

    return null;
  }
}

class Aircraft {
  final CallSign callsign;
  final Vector3D position;

  Aircraft(this.callsign, this.position);
}

class Simulator {
  final Vector<CallSign> _aircraft = Vector<CallSign>();

  Simulator(int numAircraft) {
    for (var i = 0; i < numAircraft; ++i) {
      _aircraft.append(CallSign(i));
    }
  }

  Vector<Aircraft> simulate(double time) {
    final frame = Vector<Aircraft>();
    for (var i = 0; i < _aircraft.size(); i += 2) {
      frame.append(Aircraft(_aircraft.at(i)!, Vector3D(time, math.cos(time) * 2 + i * 3, 10.0)));
      frame.append(
          Aircraft(_aircraft.at(i + 1)!, Vector3D(time, math.sin(time) * 2 + i * 3, 10.0)));
    }
    return frame;
  }
}
