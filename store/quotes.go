package store

// QuoteQuery searches quotes by their words: "what did X say about Y".
type QuoteQuery struct {
	// Text is matched against each quote's content alone (not the rest of
	// its article), in the query language of ParseQuery with the same
	// Arabic matching as Search. Empty: every quote passes.
	Text string
	// Filter narrows the quotes as for Store.Quotes: Actor keeps one
	// speaker's, Since and Until bound the article's publication time, and
	// Source, StoryID, ArticleID, IncludeDuplicates, Limit and Offset
	// apply. EntityType, EventType and Place keep quotes of articles with
	// such an entity, event or place.
	Filter
}

// QuotePager collects one page of the quotes that match a query while an
// implementation hands it candidates in the order of the listing (newest
// article first), counting every match for Page.Total.
type QuotePager struct {
	node  *QueryNode
	skip  int
	limit int
	page  Page[QuoteRow]
}

// NewQuotePager returns a pager of the quotes matching node (nil: all),
// for the page f.Offset, f.PageLimit().
func NewQuotePager(node *QueryNode, f Filter) *QuotePager {
	return &QuotePager{node: node, skip: max(0, f.Offset), limit: f.PageLimit(), page: Page[QuoteRow]{Items: []QuoteRow{}}}
}

// Add counts q if its content matches, and keeps it if it falls in the
// page.
func (p *QuotePager) Add(q QuoteRow) {
	if !p.node.Matches(q.Content) {
		return
	}
	if p.page.Total >= p.skip && len(p.page.Items) < p.limit {
		p.page.Items = append(p.page.Items, q)
	}
	p.page.Total++
}

// Page returns the page collected so far.
func (p *QuotePager) Page() Page[QuoteRow] { return p.page }
