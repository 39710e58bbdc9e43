package ingest

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// nonPublic lists ranges no fetch may reach besides what netip's predicates
// catch (loopback, private, link-local, multicast, unspecified).
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64: may map to private IPv4
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("100::/64"),        // discard
}

// publicAddr reports whether a is a public unicast address.
func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// dialControl returns a net.Dialer Control func that refuses connections
// to addresses public does not accept (default: publicAddr). It sees the
// address actually dialled, after DNS resolution, so redirects and DNS
// rebinding cannot slip past it.
func dialControl(public func(netip.AddrPort) bool) func(network, address string, _ syscall.RawConn) error {
	if public == nil {
		public = func(ap netip.AddrPort) bool { return publicAddr(ap.Addr()) }
	}
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			host, _, _ := net.SplitHostPort(address)
			return fmt.Errorf("%w: cannot parse dialled address %q", ErrForbiddenAddress, host)
		}
		if !public(ap) {
			return fmt.Errorf("%w: %s is not a public address", ErrForbiddenAddress, ap.Addr())
		}
		return nil
	}
}
