package validate_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/recoverykit/recovery/internal/validate"
)

type color string

func (c color) IsValid() bool { return c == "red" || c == "blue" }

type item struct {
	ID   uuid.UUID `json:"id" validate:"required"`
	Note string    `json:"note" validate:"required"`
}

type thing struct {
	ID     uuid.UUID `json:"id" validate:"required"`
	Color  color     `json:"color" validate:"valid"`
	Colors []color   `json:"colors,omitempty" validate:"dive,valid"`
	Score  int       `json:"score" validate:"min=0,max=10"`
	At     time.Time `json:"at" validate:"required"`
	Items  []item    `json:"items" validate:"dive"`
	Secret string    `json:"-" validate:"required"`
}

func TestCollectorStruct(t *testing.T) {
	tests := []struct {
		name string
		in   thing
		want []validate.Problem
	}{
		{
			name: "valid",
			in:   thing{ID: uuid.New(), Color: "red", Colors: []color{"blue"}, Score: 3, At: time.Unix(1, 0), Secret: "x"},
		},
		{
			name: "every field wrong",
			in: thing{Color: "green", Colors: []color{"red", "pink"}, Score: 11, Secret: "x",
				Items: []item{{ID: uuid.New(), Note: "fine"}, {}}},
			want: []validate.Problem{
				{Path: "id", Rule: "required"},
				{Path: "color", Rule: "valid"},
				{Path: "colors[1]", Rule: "valid"},
				{Path: "score", Rule: "max", Param: "10"},
				{Path: "at", Rule: "required"},
				{Path: "items[1].id", Rule: "required"},
				{Path: "items[1].note", Rule: "required"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c validate.Collector
			c.Struct("", tt.in)
			err := c.Err()
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			var ve *validate.Error
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tt.want, ve.Problems)
			assert.ErrorIs(t, err, validate.ErrInvalid)
		})
	}
}

func TestCollectorNeverEchoesValues(t *testing.T) {
	var c validate.Collector
	c.Struct("", thing{Color: "my private words", Score: 99, Secret: "x"})
	err := c.Err()
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "my private words")
	assert.NotContains(t, err.Error(), "99")
}

func TestCollectorNested(t *testing.T) {
	var inner validate.Collector
	inner.Add("due", "after-start")
	inner.Add("", "unique")

	var c validate.Collector
	c.Nested("goals[1]", inner.Err())
	c.Nested("goals[2]", nil)
	c.Nested("vision", errors.New("something else"))
	c.AddParam("goals", "max", "3")
	c.Struct("x", 42)

	var ve *validate.Error
	require.ErrorAs(t, c.Err(), &ve)
	assert.Equal(t, []validate.Problem{
		{Path: "goals[1].due", Rule: "after-start"},
		{Path: "goals[1]", Rule: "unique"},
		{Path: "vision", Rule: "invalid"},
		{Path: "goals", Rule: "max", Param: "3"},
		{Path: "x", Rule: "struct"},
	}, ve.Problems)
	assert.Equal(t, 5, c.Len())
	assert.True(t, ve.Has("goals[1].due", "after-start"))
	assert.False(t, ve.Has("goals[1].due", "required"))
	assert.Equal(t, "recovery: invalid input: goals[1].due: after-start; goals[1]: unique; vision: invalid; goals: max=3; x: struct", ve.Error())
}

func TestCollectorErrCopies(t *testing.T) {
	var c validate.Collector
	assert.NoError(t, c.Err())
	c.Add("a", "required")
	first := c.Err()
	c.Add("b", "required")
	var ve *validate.Error
	require.ErrorAs(t, first, &ve)
	assert.Len(t, ve.Problems, 1, "an error already returned must not change")
}

func TestJoinElem(t *testing.T) {
	tests := []struct{ prefix, path, want string }{
		{"", "due", "due"},
		{"goals[1]", "", "goals[1]"},
		{"goals[1]", "steps[0].due", "goals[1].steps[0].due"},
		{"emergencyNumbers", "[2]", "emergencyNumbers[2]"},
		{"", "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, validate.Join(tt.prefix, tt.path), fmt.Sprintf("%q+%q", tt.prefix, tt.path))
	}
	assert.Equal(t, "steps[12]", validate.Elem("steps", 12))
}

func TestConcurrentUse(t *testing.T) {
	done := make(chan error)
	for range 8 {
		go func() {
			var c validate.Collector
			c.Struct("", thing{})
			done <- c.Err()
		}()
	}
	for range 8 {
		assert.Error(t, <-done)
	}
}

func TestProblemPointer(t *testing.T) {
	tests := []struct{ path, want string }{
		{"", ""},
		{"id", "/id"},
		{"goals[1].steps[0].due", "/goals/1/steps/0/due"},
		{"[2]", "/2"},
		{"buildsOn[3]", "/buildsOn/3"},
		{"safety.askForHelp[0].supporterId", "/safety/askForHelp/0/supporterId"},
		{"a~b.c/d", "/a~0b/c~1d"},
		{"m[0][1]", "/m/0/1"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			assert.Equal(t, tt.want, validate.Problem{Path: tt.path, Rule: "required"}.Pointer())
		})
	}
}

// shade has IsValid on its pointer only: a shade held by value is not a code
// the "valid" rule can check, whether the struct is given by value or by
// pointer.
type shade string

func (s *shade) IsValid() bool { return true }

type swatch struct {
	Color color     `json:"color" validate:"valid"`
	Shade shade     `json:"shade" validate:"valid"`
	At    time.Time `json:"at" validate:"year"`
}

// TestCollectorStructByPointer checks that a struct given by pointer, whose
// fields the rules then read in place, gets the problems it gets by value.
func TestCollectorStructByPointer(t *testing.T) {
	tests := []struct {
		name string
		in   swatch
		want []validate.Problem
	}{
		{"valid color", swatch{Color: "red", At: time.Unix(1, 0)}, []validate.Problem{{Path: "shade", Rule: "valid"}}},
		{"every field wrong", swatch{Color: "green", At: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, []validate.Problem{
			{Path: "color", Rule: "valid"}, {Path: "shade", Rule: "valid"}, {Path: "at", Rule: "range"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var byValue, byPointer validate.Collector
			byValue.Struct("", tt.in)
			byPointer.Struct("", &tt.in)
			var ve *validate.Error
			require.ErrorAs(t, byPointer.Err(), &ve)
			assert.Equal(t, tt.want, ve.Problems)
			assert.Equal(t, byValue.Err(), byPointer.Err())
		})
	}
}

// TestTags: a value its generated check holds records nothing, and one it
// does not hold records validator/v10's problems, as Struct would.
func TestTags(t *testing.T) {
	bad := item{Note: "x"} // no ID
	var held, asked, direct validate.Collector
	validate.Tags(&held, "items[0]", &bad, true)
	validate.Tags(&asked, "items[0]", &bad, false)
	direct.Struct("items[0]", &bad)
	assert.NoError(t, held.Err())
	require.Error(t, asked.Err())
	assert.Equal(t, direct.Err(), asked.Err())
	assert.True(t, asked.Err().(*validate.Error).Has("items[0].id", validate.RuleRequired))
}

// TestIsEmail: the email rule of the generated checks is validator/v10's.
func TestIsEmail(t *testing.T) {
	type withEmail struct {
		Email string `validate:"email"`
	}
	for _, s := range []string{"a@example.org", "first.last+tag@sub.example.co", "a@", "@example.org", "a b@example.org", "", "a@b", "\xff@example.org"} {
		var c validate.Collector
		c.Struct("", &withEmail{s})
		assert.Equal(t, c.Len() == 0, validate.IsEmail(s), "%q", s)
	}
}
