// An indeterminate progress bar for long background work whose total nobody knows in advance (the
// first sync: Partner Center does not say how many customers there are). Fluent's own bar slides
// at the display's frame rate for as long as the work lasts; during a first sync of 100,000
// customers that kept the compositor and the GPU process drawing 60 frames a second, about 0.8 s
// of CPU a laptop's two cores needed for IndexedDB. This one takes the same path in 15 steps
// (5 a second): still plainly alive, a twelfth of the frames. Reduced motion: a stepped pulse.
import { createMotionComponent, ProgressBar, type ProgressBarProps } from '@fluentui/react-components';

const SteppedSlide = createMotionComponent({
  // As Fluent's: translate percentages are of the bar itself, about a third of the track.
  keyframes: [{ translate: '-100%' }, { translate: '300%' }],
  duration: 3000,
  iterations: Infinity,
  easing: 'steps(15, end)',
  reducedMotion: {
    keyframes: [{ opacity: 0.2 }, { opacity: 1 }, { opacity: 0.2 }],
    duration: 3000,
    iterations: Infinity,
    easing: 'steps(6, end)',
  },
});

export function ActivityProgressBar(props: Omit<ProgressBarProps, 'value' | 'max' | 'indeterminateMotion'>) {
  return <ProgressBar {...props} indeterminateMotion={{ children: (_Default, motionProps) => <SteppedSlide {...motionProps} /> }} />;
}
