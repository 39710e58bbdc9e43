package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/marsad/marsad/store"
)

// apiError is an error with the HTTP status and message to answer with.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return "server: " + e.msg }

// errorf returns an apiError with a formatted message.
func errorf(status int, format string, a ...any) error {
	return &apiError{status: status, msg: fmt.Sprintf(format, a...)}
}

// badRequest returns a 400 apiError.
func badRequest(format string, a ...any) error {
	return errorf(http.StatusBadRequest, format, a...)
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error string `json:"error"`
}

// fail writes err as a JSON error answer. Store errors map to 400 (invalid
// argument), 404 (not found) and 503 (closed, timed out); anything
// unexpected is logged and answered 500 without its details.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
	case errors.As(err, &mbe):
		ae = &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the %d byte limit", mbe.Limit)}
	case errors.Is(err, store.ErrNotFound):
		ae = &apiError{http.StatusNotFound, "not found"}
	case errors.Is(err, store.ErrInvalid):
		ae = &apiError{http.StatusBadRequest, err.Error()}
	case errors.Is(err, store.ErrClosed):
		ae = &apiError{http.StatusServiceUnavailable, "store closed"}
	case errors.Is(err, context.DeadlineExceeded):
		ae = &apiError{http.StatusServiceUnavailable, "request took too long"}
	case errors.Is(err, context.Canceled):
		ae = &apiError{499, "request cancelled"} // the client left; nobody reads this
	default:
		s.cfg.Logger.ErrorContext(r.Context(), "server: request failed",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("err", err))
		ae = &apiError{http.StatusInternalServerError, "internal error"}
	}
	writeJSON(w, ae.status, errorBody{ae.msg})
}

// writeJSON writes v as the JSON answer with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	return writeJSONType(w, status, "application/json; charset=utf-8", v)
}

// writeJSONType writes v as JSON under content type ct. Encoding happens
// before the header is sent, so an encoding error can still become a 500.
func writeJSONType(w http.ResponseWriter, status int, ct string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("server: encode answer: %w", err)
	}
	w.Header().Set("Content-Type", ct)
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
	return nil
}
