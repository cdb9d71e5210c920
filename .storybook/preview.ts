import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test, in Storybook's test panel and in npm test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
