package dedup

// unionFind is a disjoint-set forest over dense ints; the root of a set is
// always its smallest member, so the first article of a story names it.
type unionFind struct{ parent []int }

func (u *unionFind) add() int {
	u.parent = append(u.parent, len(u.parent))
	return len(u.parent) - 1
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union merges the sets of a and b and returns the surviving root and the
// absorbed one (-1 if they were already one set).
func (u *unionFind) union(a, b int) (root, absorbed int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return ra, -1
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	return ra, rb
}
